import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error';
import { passwordAndCodeFieldError } from './password-and-code-errors';

describe('passwordAndCodeFieldError', () => {
  it('puts a wrong password on the password field', () => {
    expect(passwordAndCodeFieldError(new ApiError(403, 'PASSWORD_INCORRECT', ''))).toEqual({
      field: 'password',
      code: 'PASSWORD_INCORRECT',
    });
  });

  it('puts a wrong or already used code on the code field, each with its own text', () => {
    expect(passwordAndCodeFieldError(new ApiError(400, 'TOTP_INVALID', ''))).toEqual({ field: 'code', code: 'TOTP_INVALID' });
    expect(passwordAndCodeFieldError(new ApiError(400, 'RECOVERY_CODE_USED', ''))).toEqual({ field: 'code', code: 'RECOVERY_CODE_USED' });
  });

  it('leaves anything else for above the form', () => {
    expect(passwordAndCodeFieldError(new ApiError(409, 'TOTP_NOT_ENABLED', ''))).toBeNull();
    expect(passwordAndCodeFieldError(new Error('network'))).toBeNull();
  });
});
