import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_LENGTH, type ValidationKey } from './validators';

/** Turns a check's i18n key into the text a form shows under the field. */
export function useValidationMessage() {
  const { t } = useTranslation();
  return useMemo(
    () =>
      (key: ValidationKey | null, range?: { min: number; max: number }): string | null =>
        key === null ? null : t(key, { ...range, count: MIN_PASSWORD_LENGTH }),
    [t],
  );
}
