import { describe, expect, it } from 'vitest';
import {
  checkCountryCode,
  checkEmail,
  checkIntegerInRange,
  checkNewPassword,
  checkOptionalEmail,
  checkRequired,
  checkSixDigitCode,
  checkTotpCode,
  normalizeOneTimeCode,
  oneTimeCodeForApi,
} from './validators';

describe('validators', () => {
  it('requires text that is not only spaces', () => {
    expect(checkRequired('  ')).toBe('validation.required');
    expect(checkRequired('Acme')).toBeNull();
  });

  it('checks e-mail addresses', () => {
    expect(checkEmail('')).toBe('validation.required');
    expect(checkEmail('anna@')).toBe('validation.email');
    expect(checkEmail(' anna@example.com ')).toBeNull();
    expect(checkOptionalEmail('')).toBeNull();
    expect(checkOptionalEmail('nope')).toBe('validation.email');
  });

  it('checks whole numbers within a range', () => {
    expect(checkIntegerInRange(0, 0, 3650)).toBeNull();
    expect(checkIntegerInRange(3650, 0, 3650)).toBeNull();
    expect(checkIntegerInRange(3651, 0, 3650)).toBe('validation.integerRange');
    expect(checkIntegerInRange(1.5, 0, 10)).toBe('validation.integerRange');
    expect(checkIntegerInRange('', 0, 10)).toBe('validation.integerRange');
  });

  it('accepts 6-digit codes and recovery codes', () => {
    expect(checkTotpCode('123456')).toBeNull();
    expect(checkTotpCode('abcd-efgh-1234')).toBeNull();
    expect(checkTotpCode('123 456')).toBeNull();
    expect(checkTotpCode('ABCDE-FGHJK')).toBeNull();
    expect(checkTotpCode('abcde fghjk')).toBeNull();
    expect(checkTotpCode('12345')).toBe('validation.totp');
    expect(oneTimeCodeForApi(' 123 456 ')).toBe('123456');
    expect(oneTimeCodeForApi(' abcd-efgh-1234 ')).toBe('abcd-efgh-1234');
  });

  it('accepts only 6 digits when confirming a new authenticator, spaces allowed', () => {
    expect(checkSixDigitCode('123456')).toBeNull();
    expect(checkSixDigitCode('123 456')).toBeNull();
    expect(checkSixDigitCode('12345')).toBe('validation.sixDigitCode');
    expect(checkSixDigitCode('abcd-efgh-1234')).toBe('validation.sixDigitCode');
    expect(normalizeOneTimeCode(' 123 456 ')).toBe('123456');
  });

  it('checks country codes', () => {
    expect(checkCountryCode('DE')).toBeNull();
    expect(checkCountryCode('de')).toBe('validation.countryCode');
    expect(checkCountryCode('DEU')).toBe('validation.countryCode');
  });

  it('asks for a minimum password length only', () => {
    expect(checkNewPassword('')).toBe('validation.required');
    expect(checkNewPassword('short')).toBe('validation.passwordLength');
    expect(checkNewPassword('password')).toBeNull();
  });
});
