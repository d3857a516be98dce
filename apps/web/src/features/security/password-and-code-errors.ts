import { hasErrorCode } from '../../api/api-error';
import type { TranslatedErrorCode } from '../../api/error-messages';

export interface FieldErrorPlacement {
  field: 'password' | 'code';
  code: TranslatedErrorCode;
}

/**
 * Where a refused "password and a code" confirmation (turning 2FA off, new recovery codes) shows its
 * error: on the field at fault; `null` means above the form.
 */
export function passwordAndCodeFieldError(error: unknown): FieldErrorPlacement | null {
  if (hasErrorCode(error, 'PASSWORD_INCORRECT')) return { field: 'password', code: 'PASSWORD_INCORRECT' };
  if (hasErrorCode(error, 'TOTP_INVALID')) return { field: 'code', code: 'TOTP_INVALID' };
  if (hasErrorCode(error, 'RECOVERY_CODE_USED')) return { field: 'code', code: 'RECOVERY_CODE_USED' };
  return null;
}
