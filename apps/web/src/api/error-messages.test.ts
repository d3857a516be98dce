import { describe, expect, it } from 'vitest';
import { ApiError, NETWORK_ERROR, UNKNOWN_ERROR } from './api-error';
import { errorMessageKey, retryWait } from './error-messages';

describe('errorMessageKey', () => {
  it('uses the text of a known API code', () => {
    expect(errorMessageKey(new ApiError(409, 'EMAIL_TAKEN', 'taken'))).toBe('errors.EMAIL_TAKEN');
    expect(errorMessageKey(new ApiError(409, 'LAST_ADMIN', 'last'))).toBe('errors.LAST_ADMIN');
    expect(errorMessageKey(new ApiError(404, 'INVITE_INVALID', 'gone'))).toBe('errors.INVITE_INVALID');
  });

  it('has its own text for an existing account, a used recovery code and a reused Idempotency-Key', () => {
    expect(errorMessageKey(new ApiError(409, 'ACCOUNT_EXISTS', 'exists'))).toBe('errors.ACCOUNT_EXISTS');
    expect(errorMessageKey(new ApiError(401, 'RECOVERY_CODE_USED', 'used'))).toBe('errors.RECOVERY_CODE_USED');
    expect(errorMessageKey(new ApiError(422, 'IDEMPOTENCY_KEY_REUSED', 'reused'))).toBe('errors.IDEMPOTENCY_KEY_REUSED');
  });

  it('has its own text for the booking, floor plan and import codes', () => {
    expect(errorMessageKey(new ApiError(409, 'DESK_TAKEN', 'taken'))).toBe('errors.DESK_TAKEN');
    expect(errorMessageKey(new ApiError(409, 'USER_OVERLAP', 'overlap'))).toBe('errors.USER_OVERLAP');
    expect(errorMessageKey(new ApiError(409, 'DESK_LABEL_TAKEN', 'label'))).toBe('errors.DESK_LABEL_TAKEN');
    expect(errorMessageKey(new ApiError(400, 'INVALID_PLAN_IMAGE', 'bad'))).toBe('errors.INVALID_PLAN_IMAGE');
    expect(errorMessageKey(new ApiError(413, 'PAYLOAD_TOO_LARGE', 'big'))).toBe('errors.PAYLOAD_TOO_LARGE');
    expect(errorMessageKey(new ApiError(400, 'MALFORMED_JSON', 'bad'))).toBe('errors.MALFORMED_JSON');
    expect(errorMessageKey(new ApiError(403, 'CONSENT_REQUIRED', 'consent'))).toBe('errors.CONSENT_REQUIRED');
  });

  it('explains which booking rule was broken', () => {
    const broken = (rule: unknown) => new ApiError(422, 'BOOKING_RULE_VIOLATED', 'rule', { rule });
    expect(errorMessageKey(broken('IN_THE_PAST'))).toBe('errors.bookingRule.IN_THE_PAST');
    expect(errorMessageKey(broken('TOO_FAR_AHEAD'))).toBe('errors.bookingRule.TOO_FAR_AHEAD');
    expect(errorMessageKey(broken('OUTSIDE_OPENING_HOURS'))).toBe('errors.bookingRule.OUTSIDE_OPENING_HOURS');
    expect(errorMessageKey(broken('CHECK_IN_WINDOW'))).toBe('errors.bookingRule.CHECK_IN_WINDOW');
    expect(errorMessageKey(broken('BOOKING_CANCELLED'))).toBe('errors.bookingRule.BOOKING_CANCELLED');
  });

  it('falls back to a general booking rule text for a rule it does not know', () => {
    expect(errorMessageKey(new ApiError(422, 'BOOKING_RULE_VIOLATED', 'rule', { rule: 'NEW_RULE' }))).toBe('errors.bookingRule.other');
    expect(errorMessageKey(new ApiError(422, 'BOOKING_RULE_VIOLATED', 'rule'))).toBe('errors.bookingRule.other');
  });

  it('falls back by status for codes it does not know, never showing the code', () => {
    expect(errorMessageKey(new ApiError(429, 'SLOW_DOWN', ''))).toBe('errors.generic.rateLimited');
    expect(errorMessageKey(new ApiError(503, 'INTERNAL_ERROR', ''))).toBe('errors.generic.server');
    expect(errorMessageKey(new ApiError(403, 'SOMETHING', ''))).toBe('errors.FORBIDDEN');
    expect(errorMessageKey(new ApiError(404, 'SOMETHING', ''))).toBe('errors.NOT_FOUND');
    expect(errorMessageKey(new ApiError(401, 'SOMETHING', ''))).toBe('errors.UNAUTHENTICATED');
    expect(errorMessageKey(new ApiError(400, UNKNOWN_ERROR, ''))).toBe('errors.generic.unknown');
  });

  it('explains network failures', () => {
    expect(errorMessageKey(new ApiError(0, NETWORK_ERROR, 'Failed to fetch'))).toBe('errors.generic.network');
  });

  it('treats anything that is not an API error as unknown', () => {
    expect(errorMessageKey(new Error('boom'))).toBe('errors.generic.unknown');
    expect(errorMessageKey(undefined)).toBe('errors.generic.unknown');
  });
});

describe('retryWait', () => {
  const locked = (retryAfterSeconds: unknown) => new ApiError(429, 'TOO_MANY_ATTEMPTS', 'locked', { retryAfterSeconds });

  it('counts seconds under a minute', () => {
    expect(retryWait(locked(30))).toEqual({ unit: 'seconds', count: 30 });
    expect(retryWait(locked(0.4))).toEqual({ unit: 'seconds', count: 1 });
  });

  it('rounds longer waits up to whole minutes, never promising less than the API enforces', () => {
    expect(retryWait(locked(60))).toEqual({ unit: 'minutes', count: 1 });
    expect(retryWait(locked(61))).toEqual({ unit: 'minutes', count: 2 });
    expect(retryWait(locked(900))).toEqual({ unit: 'minutes', count: 15 });
  });

  it('is null without a usable wait', () => {
    expect(retryWait(locked(undefined))).toBeNull();
    expect(retryWait(locked('30'))).toBeNull();
    expect(retryWait(locked(-5))).toBeNull();
    expect(retryWait(new ApiError(400, 'TOTP_INVALID', 'x', { retryAfterSeconds: 30 }))).toBeNull();
    expect(retryWait(new Error('x'))).toBeNull();
  });
});
