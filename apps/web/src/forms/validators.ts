/**
 * Form checks that mirror the API's obvious rules, so most mistakes are caught before a round trip.
 * Each returns the i18n key of the problem, or null when the value is fine.
 */
export type ValidationKey =
  | 'validation.required'
  | 'validation.email'
  | 'validation.integerRange'
  | 'validation.totp'
  | 'validation.sixDigitCode'
  | 'validation.countryCode'
  | 'validation.passwordLength'
  | 'validation.timeOfDay'
  | 'validation.closesAfterOpening';

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkRequired(value: string): ValidationKey | null {
  return value.trim() === '' ? 'validation.required' : null;
}

export function checkEmail(value: string): ValidationKey | null {
  if (value.trim() === '') return 'validation.required';
  return EMAIL_PATTERN.test(value.trim()) ? null : 'validation.email';
}

/** For optional e-mail fields such as the data protection officer's. */
export function checkOptionalEmail(value: string): ValidationKey | null {
  return value.trim() === '' ? null : checkEmail(value);
}

export function checkIntegerInRange(value: unknown, min: number, max: number): ValidationKey | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? null : 'validation.integerRange';
}

/** A 6-digit authenticator code, or one of the longer recovery codes (spaces do not matter). */
export function checkTotpCode(value: string): ValidationKey | null {
  const code = value.trim();
  const compact = normalizeOneTimeCode(code);
  return /^\d{6}$/.test(compact) || /^[A-Za-z0-9-]{8,}$/.test(compact) ? null : 'validation.totp';
}

/** What to send for a code field that takes app codes and recovery codes: "123 456" becomes "123456". */
export function oneTimeCodeForApi(value: string): string {
  const compact = normalizeOneTimeCode(value);
  return /^\d+$/.test(compact) ? compact : value.trim();
}

/** Authenticator apps often show the code as "123 456": people may type it that way. */
export function normalizeOneTimeCode(value: string): string {
  return value.replace(/\s+/g, '');
}

/** Exactly the 6-digit code of an authenticator app (confirming a new set-up takes no recovery code). */
export function checkSixDigitCode(value: string): ValidationKey | null {
  return /^\d{6}$/.test(normalizeOneTimeCode(value)) ? null : 'validation.sixDigitCode';
}

/** ISO 3166-1 alpha-2, e.g. "DE". */
export function checkCountryCode(value: string): ValidationKey | null {
  return /^[A-Z]{2}$/.test(value) ? null : 'validation.countryCode';
}

export const MIN_PASSWORD_LENGTH = 8;

/** Length only: how guessable a password is, the live hints and the API's zxcvbn check decide. */
export function checkNewPassword(value: string): ValidationKey | null {
  if (value === '') return 'validation.required';
  return value.length < MIN_PASSWORD_LENGTH ? 'validation.passwordLength' : null;
}
