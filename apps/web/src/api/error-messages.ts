import { bookingRuleValues, type ErrorCode } from '@deskbook/api-client';
import { ApiError, NETWORK_ERROR, hasErrorCode } from './api-error';
import { retryAfterSeconds } from './validation-details';

/**
 * API error codes (the generated `ErrorCode` enum) that have their own friendly text under `errors.*` in
 * the locale files; the others fall back by HTTP status.
 */
export const TRANSLATED_ERROR_CODES = [
  'EMAIL_TAKEN',
  'WEAK_PASSWORD',
  'VALIDATION_FAILED',
  'INVALID_CREDENTIALS',
  'TOTP_REQUIRED',
  'TOTP_INVALID',
  'TOO_MANY_ATTEMPTS',
  'TOO_MANY_REQUESTS',
  'INVITE_INVALID',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'LAST_ADMIN',
  'INVITE_ALREADY_ACCEPTED',
  'PASSWORD_INCORRECT',
  'TOTP_ALREADY_ENABLED',
  'TOTP_SETUP_MISSING',
  'TOTP_NOT_ENABLED',
  'TOTP_ENROLLMENT_REQUIRED',
  'PASSKEY_INVALID',
  'PASSKEY_REQUIRED',
  'PASSKEY_REGISTRATION_FAILED',
  'PASSKEY_EXISTS',
  'LAST_SECOND_FACTOR',
  'RESET_TOKEN_INVALID',
  'CANNOT_RESET_OWN_2FA',
  'DESK_TAKEN',
  'USER_OVERLAP',
  'DESK_BLOCKED',
  'BLOCK_HAS_BOOKINGS',
  'DESK_LABEL_TAKEN',
  'INVALID_PLAN_IMAGE',
  'PLAN_DIMENSIONS_TOO_LARGE',
  'PLAN_TOO_COMPLEX',
  'PAYLOAD_TOO_LARGE',
  'MALFORMED_JSON',
  'CONSENT_REQUIRED',
  'PERSON_CONSENT_REQUIRED',
  'SERVICE_UNAVAILABLE',
  'ACCOUNT_EXISTS',
  'RECOVERY_CODE_USED',
  'IDEMPOTENCY_KEY_REUSED',
  'NO_NOTICE',
  'NOT_CURRENT_VERSION',
  'INVALID_NOTICE_PDF',
  'SSO_REQUIRED',
  'SSO_DOMAIN_TAKEN',
  'SSO_ISSUER_UNREACHABLE',
] as const satisfies readonly ErrorCode[];

export type TranslatedErrorCode = (typeof TRANSLATED_ERROR_CODES)[number];

/** Fallbacks used when the code itself has no text of its own. */
export const GENERIC_ERRORS = ['network', 'server', 'rateLimited', 'unknown'] as const;
export type GenericError = (typeof GENERIC_ERRORS)[number];

/**
 * The rules a booking can break (the generated `BookingRule` enum): 422 BOOKING_RULE_VIOLATED names one in
 * `details.rule`, and each has its own text under `errors.bookingRule.*` (`other` for a rule this version
 * of the app does not know yet).
 */
export const BOOKING_RULES = [...bookingRuleValues, 'other'] as const;
export type BookingRule = (typeof BOOKING_RULES)[number];

export type ErrorMessageKey = `errors.${TranslatedErrorCode}` | `errors.generic.${GenericError}` | `errors.bookingRule.${BookingRule}`;

function isTranslatedCode(code: string): code is TranslatedErrorCode {
  return (TRANSLATED_ERROR_CODES as readonly string[]).includes(code);
}

/** The broken rule of a BOOKING_RULE_VIOLATED answer, `other` when it is missing or unknown. */
export function bookingRule(error: ApiError): BookingRule {
  const details = error.details as { rule?: unknown } | null | undefined;
  const rule = typeof details === 'object' && details !== null ? details.rule : undefined;
  return typeof rule === 'string' && rule !== 'other' && (BOOKING_RULES as readonly string[]).includes(rule)
    ? (rule as BookingRule)
    : 'other';
}

/**
 * The i18n key of the text to show for a failed request. People never see a raw code: unknown codes
 * fall back by HTTP status, and anything that is not an API error is "something went wrong".
 */
export function errorMessageKey(error: unknown): ErrorMessageKey {
  if (!(error instanceof ApiError)) return 'errors.generic.unknown';
  if (isTranslatedCode(error.code)) return `errors.${error.code}`;
  if (hasErrorCode(error, 'BOOKING_RULE_VIOLATED')) return `errors.bookingRule.${bookingRule(error)}`;
  if (error.code === NETWORK_ERROR || error.status === 0) return 'errors.generic.network';
  if (error.status === 429) return 'errors.generic.rateLimited';
  if (error.status === 401) return 'errors.UNAUTHENTICATED';
  if (error.status === 403) return 'errors.FORBIDDEN';
  if (error.status === 404) return 'errors.NOT_FOUND';
  if (error.status >= 500) return 'errors.generic.server';
  return 'errors.generic.unknown';
}

export interface RetryWait {
  unit: 'seconds' | 'minutes';
  count: number;
}

/**
 * How long a rate-limited person has to wait (429 with `details.retryAfterSeconds`), rounded up so the
 * text never promises less than the API enforces: under a minute in seconds, otherwise in minutes.
 */
export function retryWait(error: unknown): RetryWait | null {
  const seconds = retryAfterSeconds(error);
  if (seconds === null) return null;
  if (seconds < 60) return { unit: 'seconds', count: Math.max(1, Math.ceil(seconds)) };
  return { unit: 'minutes', count: Math.ceil(seconds / 60) };
}
