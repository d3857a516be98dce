import { describe, expect, it } from 'vitest';
import { isRetentionShortened } from './retention';

describe('isRetentionShortened', () => {
  it('is true when fewer days are kept', () => {
    expect(isRetentionShortened({ mode: 'anonymize', afterDays: 30 }, { mode: 'anonymize', afterDays: 7 })).toBe(true);
  });

  it('is false for a longer or equal period', () => {
    expect(isRetentionShortened({ mode: 'anonymize', afterDays: 30 }, { mode: 'anonymize', afterDays: 30 })).toBe(false);
    expect(isRetentionShortened({ mode: 'delete', afterDays: 30 }, { mode: 'delete', afterDays: 365 })).toBe(false);
  });
});
