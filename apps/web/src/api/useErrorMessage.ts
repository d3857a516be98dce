import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey, retryWait } from './error-messages';

/**
 * The text to show for a failed request: the code's friendly message, or for a rate limit that says
 * when it lifts, "Try again in N minutes/seconds".
 */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      const wait = retryWait(error);
      return wait ? t(`errors.retryIn.${wait.unit}`, { count: wait.count }) : t(errorMessageKey(error));
    },
    [t],
  );
}
