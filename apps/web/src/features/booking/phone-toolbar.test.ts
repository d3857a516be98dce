import { describe, expect, it } from 'vitest';
import { NO_FILTER } from '../places';
import { activeFilterCount, isWholeDay, wholeDayChoice } from './phone-toolbar';
import { resolveTimeRange } from './time-range';

const ALL_DAY = { open: '08:00', close: '18:00' };
const hours = { mon: ALL_DAY, tue: ALL_DAY, wed: ALL_DAY, thu: ALL_DAY, fri: ALL_DAY, sat: null, sun: null };
const input = {
  hours,
  zone: 'Europe/Berlin',
  limits: { slotMinutes: 30, maxDaysAhead: 14, maxDurationMinutes: 24 * 60 },
  // A Monday, 06:00 in Berlin: the whole day is still ahead.
  now: new Date('2026-03-02T05:00:00Z'),
};

describe('active filter count', () => {
  it('counts the zone, each amenity and "only free"', () => {
    expect(activeFilterCount(NO_FILTER)).toBe(0);
    expect(activeFilterCount({ zone: 'North', amenities: ['Monitor', 'Dock'], onlyFree: true })).toBe(4);
    expect(activeFilterCount({ zone: null, amenities: [], onlyFree: true })).toBe(1);
  });
});

describe('whole day', () => {
  it('sets opening to closing of the chosen day in one step', () => {
    const morning = resolveTimeRange({ ...input, choice: { date: '2026-03-03', start: 9 * 60, end: 10 * 60 } });
    expect(isWholeDay(morning)).toBe(false);
    const whole = resolveTimeRange({ ...input, choice: wholeDayChoice(morning) });
    expect(whole).toMatchObject({ date: '2026-03-03', start: 8 * 60, end: 18 * 60 });
    expect(isWholeDay(whole)).toBe(true);
  });

  it('starts now (the current slot) on today', () => {
    const today = resolveTimeRange({ ...input, now: new Date('2026-03-02T10:10:00Z'), choice: { start: 13 * 60, end: 14 * 60 } });
    const whole = resolveTimeRange({ ...input, now: new Date('2026-03-02T10:10:00Z'), choice: wholeDayChoice(today) });
    expect(whole).toMatchObject({ start: 11 * 60, end: 18 * 60 });
  });

  it('is never "whole day" on a closed day', () => {
    const sunday = resolveTimeRange({ ...input, choice: { date: '2026-03-08' } });
    expect(sunday.state).toBe('closed');
    expect(isWholeDay(sunday)).toBe(false);
  });
});
