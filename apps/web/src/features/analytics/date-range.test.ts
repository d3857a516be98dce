import { describe, expect, it } from 'vitest';
import { autoGranularity, daysIn, presetOf, presetRange, rangeProblem, todayIn } from './date-range';

describe('date ranges of the dashboard', () => {
  it('ends every preset today: four whole weeks, three months, twelve months', () => {
    expect(presetRange('last4Weeks', '2026-03-28')).toEqual({ from: '2026-03-01', to: '2026-03-28' });
    expect(presetRange('lastQuarter', '2026-03-28')).toEqual({ from: '2025-12-29', to: '2026-03-28' });
    expect(presetRange('lastYear', '2026-03-28')).toEqual({ from: '2025-03-29', to: '2026-03-28' });
    expect(daysIn(presetRange('last4Weeks', '2026-03-28'))).toBe(28);
  });

  it('recognizes a preset range, and not a custom one', () => {
    expect(presetOf({ from: '2026-03-01', to: '2026-03-28' }, '2026-03-28')).toBe('last4Weeks');
    expect(presetOf({ from: '2026-03-02', to: '2026-03-28' }, '2026-03-28')).toBeNull();
  });

  it('takes today from the location’s clock, not the browser’s', () => {
    const lateEveningInUtc = new Date('2026-03-28T23:30:00Z');
    expect(todayIn('UTC', lateEveningInUtc)).toBe('2026-03-28');
    expect(todayIn('Europe/Berlin', lateEveningInUtc)).toBe('2026-03-29');
    expect(todayIn('America/New_York', lateEveningInUtc)).toBe('2026-03-28');
  });

  it('refuses what the API refuses: a missing day, the end before the start, more than 24 months', () => {
    expect(rangeProblem({ from: '', to: '2026-03-28' })).toBe('incomplete');
    expect(rangeProblem({ from: '2026-02-30', to: '2026-03-28' })).toBe('incomplete');
    expect(rangeProblem({ from: '2026-03-29', to: '2026-03-28' })).toBe('reversed');
    expect(rangeProblem({ from: '2024-03-28', to: '2026-03-28' })).toBeNull();
    expect(rangeProblem({ from: '2024-03-27', to: '2026-03-28' })).toBe('tooLong');
    expect(rangeProblem({ from: '2026-03-28', to: '2026-03-28' })).toBeNull();
  });

  it('picks days for up to two months, weeks up to half a year, then months', () => {
    expect(autoGranularity({ from: '2026-01-01', to: '2026-03-03' })).toBe('day');
    expect(autoGranularity({ from: '2026-01-01', to: '2026-03-04' })).toBe('week');
    expect(autoGranularity(presetRange('lastQuarter', '2026-03-28'))).toBe('week');
    expect(autoGranularity(presetRange('lastYear', '2026-03-28'))).toBe('month');
  });
});
