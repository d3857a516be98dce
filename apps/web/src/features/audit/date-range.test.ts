import { describe, expect, it } from 'vitest';
import { isValidRange, lastDays, toDayString, toInstantRange } from './date-range';

describe('audit date range', () => {
  it('covers the last n days including today', () => {
    expect(lastDays(30, new Date(2025, 2, 31, 15, 0))).toEqual({ from: '2025-03-02', to: '2025-03-31' });
    expect(lastDays(1, new Date(2025, 0, 1))).toEqual({ from: '2025-01-01', to: '2025-01-01' });
  });

  it('rejects a start after the end and unreadable dates', () => {
    expect(isValidRange({ from: '2025-03-02', to: '2025-03-01' })).toBe(false);
    expect(isValidRange({ from: '', to: '2025-03-01' })).toBe(false);
    expect(isValidRange({ from: '2025-03-01', to: '2025-03-01' })).toBe(true);
  });

  it('asks the API from the first to the last moment of the local days', () => {
    const range = toInstantRange({ from: '2025-03-01', to: '2025-03-02' });
    expect(range.from).toBe(new Date(2025, 2, 1, 0, 0, 0, 0).toISOString());
    expect(range.to).toBe(new Date(2025, 2, 2, 23, 59, 59, 999).toISOString());
  });

  it('leaves an empty bound open', () => {
    expect(toInstantRange({ from: '', to: '' })).toEqual({});
  });

  it('formats local calendar days', () => {
    expect(toDayString(new Date(2025, 8, 5))).toBe('2025-09-05');
  });
});
