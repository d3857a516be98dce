import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error';
import { classifyLoginError } from './login-errors';

describe('classifyLoginError', () => {
  it('asks for the authenticator code when the password was right', () => {
    expect(classifyLoginError(new ApiError(401, 'TOTP_REQUIRED', ''))).toBe('ask-for-code');
  });

  it('marks a wrong code on the code field', () => {
    expect(classifyLoginError(new ApiError(401, 'TOTP_INVALID', ''))).toBe('wrong-code');
    expect(classifyLoginError(new ApiError(401, 'RECOVERY_CODE_USED', ''))).toBe('wrong-code');
  });

  it('shows everything else above the form', () => {
    expect(classifyLoginError(new ApiError(401, 'INVALID_CREDENTIALS', ''))).toBe('show-error');
    expect(classifyLoginError(new ApiError(429, 'TOO_MANY_REQUESTS', ''))).toBe('show-error');
  });
});
