import { describe, expect, it } from 'vitest';
import { searchText, timeRange, todayLocal } from './colleague-search';

describe('colleague search input', () => {
  it('asks only from two characters on, trimmed', () => {
    expect(searchText('')).toBeNull();
    expect(searchText(' a ')).toBeNull();
    expect(searchText(' an ')).toBe('an');
    expect(searchText('x'.repeat(120))).toHaveLength(100);
  });

  it('gives today as YYYY-MM-DD', () => {
    expect(todayLocal()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('shows times in the location’s zone and the person’s locale', () => {
    const booking = { startsAt: '2026-12-08T08:00:00Z', endsAt: '2026-12-08T16:30:00Z' };
    expect(timeRange(booking, 'Europe/Berlin', 'de')).toBe('09:00–17:30');
    expect(timeRange(booking, 'UTC', 'en-GB')).toBe('08:00–16:30');
  });
});
