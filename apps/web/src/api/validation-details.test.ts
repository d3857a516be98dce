import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { fieldViolations, weakPasswordDetails } from './validation-details';

describe('fieldViolations', () => {
  it('reads the field list of VALIDATION_FAILED and skips malformed entries', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', 'invalid', [
      { field: 'privacy.retention.afterDays', messages: ['too big'] },
      { field: 42, messages: [] },
      'nonsense',
    ]);
    expect(fieldViolations(error)).toEqual([{ field: 'privacy.retention.afterDays', messages: ['too big'] }]);
  });

  it('keeps the row of an import problem', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', 'invalid', [
      { row: 3, field: 'rows[3].startsAt', messages: ['bad time'] },
      { row: '3', field: 'rows[3].endsAt', messages: ['bad time'] },
    ]);
    expect(fieldViolations(error)).toEqual([{ row: 3, field: 'rows[3].startsAt', messages: ['bad time'] }]);
  });

  it('is empty for other errors', () => {
    expect(fieldViolations(new ApiError(409, 'EMAIL_TAKEN', 'taken', [{ field: 'email', messages: [] }]))).toEqual([]);
    expect(fieldViolations(new Error('x'))).toEqual([]);
  });
});

describe('weakPasswordDetails', () => {
  it('reads the hints of WEAK_PASSWORD', () => {
    const error = new ApiError(400, 'WEAK_PASSWORD', 'weak', { warning: 'w', suggestions: ['s', 3], score: 1 });
    expect(weakPasswordDetails(error)).toEqual({ warning: 'w', suggestions: ['s'], score: 1 });
  });

  it('is null for other errors or missing details', () => {
    expect(weakPasswordDetails(new ApiError(400, 'WEAK_PASSWORD', 'weak'))).toBeNull();
    expect(weakPasswordDetails(new ApiError(400, 'VALIDATION_FAILED', 'x', {}))).toBeNull();
  });
});
