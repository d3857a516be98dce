import { describe, expect, it } from 'vitest';
import type { OpeningHours } from '../../api/types';
import {
  daysFrom,
  endOptionsFor,
  openingOn,
  rangeInstants,
  resolveTimeRange,
  shiftWorkingDay,
  snapDown,
  snapUp,
  startOptionsFor,
  todayIn,
} from './time-range';

const WORKDAY = { open: '08:00', close: '18:00' };
const OFFICE: OpeningHours = { mon: WORKDAY, tue: WORKDAY, wed: WORKDAY, thu: WORKDAY, fri: WORKDAY, sat: null, sun: null };
const LIMITS = { slotMinutes: 30, maxDaysAhead: 14, maxDurationMinutes: 600 };
const BERLIN = 'Europe/Berlin';
const h = (hours: number, minutes = 0) => hours * 60 + minutes;

// Monday 2027-03-01; Berlin is UTC+1 in March (until the 28th).
const input = (now: string, overrides: Partial<Parameters<typeof resolveTimeRange>[0]> = {}) => ({
  hours: OFFICE,
  zone: BERLIN,
  limits: LIMITS,
  now: new Date(now),
  choice: {},
  ...overrides,
});

describe('slot snapping', () => {
  it('rounds to the slot grid', () => {
    expect(snapUp(h(8, 10), 30)).toBe(h(8, 30));
    expect(snapUp(h(8, 30), 30)).toBe(h(8, 30));
    expect(snapDown(h(17, 50), 30)).toBe(h(17, 30));
    expect(snapDown(h(17, 50), 15)).toBe(h(17, 45));
  });

  it('keeps opening hours that are off the grid inside the opening hours', () => {
    const odd: OpeningHours = { ...OFFICE, tue: { open: '08:10', close: '17:50' } };
    expect(openingOn(odd, '2027-03-02', BERLIN, 30)).toEqual({ open: h(8, 30), close: h(17, 30) });
    expect(openingOn(odd, '2027-03-02', BERLIN, 5)).toEqual({ open: h(8, 10), close: h(17, 50) });
  });

  it('treats weekends without hours as closed', () => {
    expect(openingOn(OFFICE, '2027-03-06', BERLIN, 30)).toBeNull();
  });
});

describe('today in the location time zone', () => {
  it('is the local date of the location, not of the browser', () => {
    // 23:30 UTC on Monday is already Tuesday in Berlin and still Monday in New York.
    const now = new Date('2027-03-01T23:30:00Z');
    expect(todayIn(BERLIN, now)).toBe('2027-03-02');
    expect(todayIn('America/New_York', now)).toBe('2027-03-01');
  });
});

describe('resolveTimeRange (defaults)', () => {
  it('offers the full opening hours of today before the office opens', () => {
    const range = resolveTimeRange(input('2027-03-01T06:00:00Z'));
    expect(range).toMatchObject({ date: '2027-03-01', state: 'open', start: h(8), end: h(18) });
    expect(range.minDate).toBe('2027-03-01');
    expect(range.maxDate).toBe('2027-03-15');
  });

  it('starts today at the slot that is running now', () => {
    // 09:10 in Berlin.
    const range = resolveTimeRange(input('2027-03-01T08:10:00Z'));
    expect(range).toMatchObject({ date: '2027-03-01', start: h(9), end: h(18) });
    expect(range.startOptions[0]).toBe(h(9));
    expect(range.startOptions.at(-1)).toBe(h(17, 30));
  });

  it('cuts the default to the longest booking allowed', () => {
    const range = resolveTimeRange(input('2027-03-01T06:00:00Z', { limits: { ...LIMITS, maxDurationMinutes: 240 } }));
    expect(range).toMatchObject({ start: h(8), end: h(12) });
    expect(range.endOptions.at(-1)).toBe(h(12));
  });

  it('moves to the next working day once today has no slot left', () => {
    // Friday 19:00 in Berlin: the next working day is Monday.
    const range = resolveTimeRange(input('2027-03-05T18:00:00Z'));
    expect(range).toMatchObject({ date: '2027-03-08', state: 'open', start: h(8), end: h(18) });
  });

  it('uses the opening hours of the weekday in the location, with a 24-hour office', () => {
    const allDay = { open: '00:00', close: '24:00' };
    const always: OpeningHours = { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay };
    const range = resolveTimeRange(input('2027-03-06T10:00:00Z', { hours: always, zone: 'UTC', choice: { date: '2027-03-07' } }));
    expect(range).toMatchObject({ date: '2027-03-07', start: 0, end: h(10) });
    expect(range.endOptions.at(-1)).toBe(h(10));
    const late = resolveTimeRange(
      input('2027-03-06T10:00:00Z', { hours: always, zone: 'UTC', choice: { date: '2027-03-07', start: h(20) } }),
    );
    expect(late.end).toBe(h(24));
  });
});

describe('resolveTimeRange (choices)', () => {
  const now = '2027-03-01T06:00:00Z';

  it('keeps a valid choice', () => {
    expect(resolveTimeRange(input(now, { choice: { date: '2027-03-03', start: h(9), end: h(10) } }))).toMatchObject({
      date: '2027-03-03',
      start: h(9),
      end: h(10),
    });
  });

  it('replaces an end that no longer fits the start', () => {
    expect(resolveTimeRange(input(now, { choice: { date: '2027-03-03', start: h(14), end: h(10) } }))).toMatchObject({
      start: h(14),
      end: h(18),
    });
  });

  it('ignores a start off the grid or outside the opening hours', () => {
    expect(resolveTimeRange(input(now, { choice: { date: '2027-03-03', start: h(9, 10) } })).start).toBe(h(8));
    expect(resolveTimeRange(input(now, { choice: { date: '2027-03-03', start: h(19) } })).start).toBe(h(8));
  });

  it('says when a chosen day is closed', () => {
    expect(resolveTimeRange(input(now, { choice: { date: '2027-03-06' } }))).toMatchObject({
      date: '2027-03-06',
      state: 'closed',
      startOptions: [],
    });
  });

  it('says when today is over', () => {
    expect(resolveTimeRange(input('2027-03-01T18:00:00Z', { choice: { date: '2027-03-01' } })).state).toBe('over');
  });

  it('falls back to the default day for days outside the bookable window', () => {
    expect(resolveTimeRange(input(now, { choice: { date: '2027-02-28' } })).date).toBe('2027-03-01');
    expect(resolveTimeRange(input(now, { choice: { date: '2027-03-16' } })).date).toBe('2027-03-01');
  });
});

describe('start and end options', () => {
  it('lists nothing for past days', () => {
    expect(startOptionsFor(input('2027-03-02T06:00:00Z'), '2027-03-01')).toEqual([]);
  });

  it('ends after the start, at the latest at closing', () => {
    expect(endOptionsFor(h(16), h(18), LIMITS)).toEqual([h(16, 30), h(17), h(17, 30), h(18)]);
  });
});

describe('shiftWorkingDay', () => {
  const bounds = { min: '2027-03-01', max: '2027-03-15' };

  it('skips days without opening hours', () => {
    expect(shiftWorkingDay(input('2027-03-01T06:00:00Z'), '2027-03-05', 1, bounds)).toBe('2027-03-08');
    expect(shiftWorkingDay(input('2027-03-01T06:00:00Z'), '2027-03-08', -1, bounds)).toBe('2027-03-05');
  });

  it('stays within the bookable window', () => {
    expect(shiftWorkingDay(input('2027-03-01T06:00:00Z'), '2027-03-01', -1, bounds)).toBeNull();
    expect(shiftWorkingDay(input('2027-03-01T06:00:00Z'), '2027-03-15', 1, bounds)).toBeNull();
  });
});

describe('rangeInstants', () => {
  it('turns location time into UTC instants', () => {
    expect(rangeInstants('2027-03-02', h(8), h(18), BERLIN)).toEqual({
      from: '2027-03-02T07:00:00Z',
      to: '2027-03-02T17:00:00Z',
    });
  });

  it('ends a day at midnight of the next one', () => {
    expect(rangeInstants('2027-03-02', h(20), h(24), 'UTC')).toEqual({
      from: '2027-03-02T20:00:00Z',
      to: '2027-03-03T00:00:00Z',
    });
  });

  it('keeps the wall-clock time on the day the clocks change', () => {
    // Berlin springs forward on 2027-03-28: 09:00 is 07:00 UTC that day.
    expect(rangeInstants('2027-03-28', h(9), h(10), BERLIN)).toEqual({
      from: '2027-03-28T07:00:00Z',
      to: '2027-03-28T08:00:00Z',
    });
  });
});

describe('daysFrom', () => {
  it('lists every day of the bookable range, across a month end', () => {
    expect(daysFrom('2027-02-27', '2027-03-02')).toEqual(['2027-02-27', '2027-02-28', '2027-03-01', '2027-03-02']);
    expect(daysFrom('2027-03-02', '2027-03-02')).toEqual(['2027-03-02']);
  });
});
