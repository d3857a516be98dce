/**
 * Every `code` the API answers with, in one list: the OpenAPI document publishes it as the `ErrorCode`
 * enum of `ErrorDto.code`, so the web and other clients switch on generated types instead of copies.
 * `DomainError` takes only these, and `error-codes.spec.ts` fails when a throw site names another.
 */
export const ERROR_CODES = [
  // Any endpoint: what the error filter answers for requests Nest/Express refuse on their own.
  'BAD_REQUEST',
  'MALFORMED_JSON',
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CSRF_HEADER_MISSING',
  'NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'CONFLICT',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'UNPROCESSABLE',
  'TOO_MANY_REQUESTS',
  'INTERNAL_ERROR',
  'SERVICE_UNAVAILABLE',
  // A status the filter has no code of its own for.
  'ERROR',
  // Accounts, sign-in and two-factor authentication.
  'EMAIL_TAKEN',
  'WEAK_PASSWORD',
  'INVALID_CREDENTIALS',
  'TOO_MANY_ATTEMPTS',
  'INVITE_INVALID',
  // Resending an invitation the person has accepted already.
  'INVITE_ALREADY_ACCEPTED',
  'ACCOUNT_EXISTS',
  'CONFIRMATION_INVALID',
  'LAST_ADMIN',
  'PASSWORD_INCORRECT',
  'TOTP_REQUIRED',
  'TOTP_INVALID',
  'RECOVERY_CODE_USED',
  'TOTP_ALREADY_ENABLED',
  'TOTP_SETUP_MISSING',
  'TOTP_NOT_ENABLED',
  'TOTP_ENROLLMENT_REQUIRED',
  // Passkeys (WebAuthn).
  'PASSKEY_INVALID',
  'PASSKEY_REQUIRED',
  'PASSKEY_REGISTRATION_FAILED',
  'PASSKEY_EXISTS',
  'LAST_SECOND_FACTOR',
  // Single sign-on (OpenID Connect); the sign-in failures reach the login page as `?sso_error=`.
  'SSO_REQUIRED',
  'SSO_DOMAIN_TAKEN',
  'SSO_ISSUER_UNREACHABLE',
  'SSO_FAILED',
  'SSO_STATE_INVALID',
  'SSO_EMAIL_UNVERIFIED',
  'SSO_DOMAIN_NOT_ALLOWED',
  // Password reset and an admin's reset of a member's second factor.
  'RESET_TOKEN_INVALID',
  'CANNOT_RESET_OWN_2FA',
  // Places and plans.
  'DESK_LABEL_TAKEN',
  'INVALID_PLAN_IMAGE',
  'PLAN_DIMENSIONS_TOO_LARGE',
  'PLAN_TOO_COMPLEX',
  // Booking (the broken rule of BOOKING_RULE_VIOLATED is a `BookingRule`, in `details.rule`).
  'DESK_TAKEN',
  'USER_OVERLAP',
  'BOOKING_RULE_VIOLATED',
  'IDEMPOTENCY_KEY_REUSED',
  // A series with dates that cannot be booked (`details.refused`, `details.bookable`): nothing written.
  'SERIES_CONFLICT',
  'CONSENT_REQUIRED',
  // Staff booking for a person who has not accepted the current privacy notice.
  'PERSON_CONSENT_REQUIRED',
  // Blocked desks: a block over active bookings (listed, confirm to cancel them); booking a blocked desk.
  'BLOCK_HAS_BOOKINGS',
  'DESK_BLOCKED',
  // Privacy notices and consent.
  'NO_NOTICE',
  'NOT_CURRENT_VERSION',
  'INVALID_NOTICE_PDF',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Codes the API contract (API.md) promises but no endpoint answers yet (none today); listed so
 * clients can handle them already.
 */
export const RESERVED_ERROR_CODES: readonly ErrorCode[] = [];
