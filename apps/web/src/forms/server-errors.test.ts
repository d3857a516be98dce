import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error';
import { serverFieldErrors } from './server-errors';

const fields = new Set(['email', 'password', 'privacy.retention.afterDays']);
const hasField = (path: string) => fields.has(path);

describe('serverFieldErrors', () => {
  it('puts VALIDATION_FAILED violations on the matching fields, translated', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', 'invalid', [
      { field: 'privacy.retention.afterDays', messages: ['afterDays must not be greater than 3650'] },
      { field: 'unknownField', messages: ['should not exist'] },
    ]);
    expect(serverFieldErrors(error, hasField)).toEqual({ 'privacy.retention.afterDays': 'validation.rejected' });
  });

  it('puts codes that belong to one field on that field', () => {
    const error = new ApiError(409, 'EMAIL_TAKEN', 'taken');
    expect(serverFieldErrors(error, hasField, { EMAIL_TAKEN: 'email' })).toEqual({ email: 'errors.EMAIL_TAKEN' });
  });

  it('returns nothing for form-level errors', () => {
    expect(serverFieldErrors(new ApiError(401, 'INVALID_CREDENTIALS', ''), hasField, { EMAIL_TAKEN: 'email' })).toEqual({});
  });
});
