import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../api/useErrorMessage';
import { webAuthnProblem } from './webauthn-problem';

/** The text for a failed passkey ceremony: the browser's side in plain words, else the API's error. */
export function usePasskeyErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  return useCallback(
    (error: unknown) => {
      const problem = webAuthnProblem(error);
      return problem ? t(`security.passkeys.problem.${problem}`) : errorMessage(error);
    },
    [t, errorMessage],
  );
}
