import { describe, expect, it } from 'vitest';
import { ApiError, NETWORK_ERROR, UNKNOWN_ERROR } from './api-error';
import { errorMessageKey } from './error-messages';

describe('errorMessageKey', () => {
  it('uses the text of a known API code', () => {
    expect(errorMessageKey(new ApiError(409, 'EMAIL_TAKEN', 'taken'))).toBe('errors.EMAIL_TAKEN');
    expect(errorMessageKey(new ApiError(409, 'LAST_ADMIN', 'last'))).toBe('errors.LAST_ADMIN');
    expect(errorMessageKey(new ApiError(404, 'INVITE_INVALID', 'gone'))).toBe('errors.INVITE_INVALID');
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
