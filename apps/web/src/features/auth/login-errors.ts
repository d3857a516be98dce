import { hasErrorCode } from '../../api/api-error';

export type LoginOutcome =
  /** The password was right; the person must now type their authenticator code. */
  | 'ask-for-code'
  /** The code they typed was wrong, or a recovery code used before: an error on the code field. */
  | 'wrong-code'
  /** Anything else: a message above the form. */
  | 'show-error';

export function classifyLoginError(error: unknown): LoginOutcome {
  if (hasErrorCode(error, 'TOTP_REQUIRED')) return 'ask-for-code';
  if (hasErrorCode(error, 'TOTP_INVALID', 'RECOVERY_CODE_USED')) return 'wrong-code';
  return 'show-error';
}
