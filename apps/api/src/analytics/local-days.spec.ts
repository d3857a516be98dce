import { describe, expect, it } from 'vitest';
import { defaultOpeningHours, type OpeningHours } from '../places/opening-hours.js';
import { daysInRange, localDay, localDays, openingMinutes } from './local-days.js';

const ALWAYS: OpeningHours = { mon: null, tue: null, wed: null, thu: null, fri: null, sat: null, sun: { open: '00:00', close: '24:00' } };

describe('local days', () => {
  it('counts the minutes that really pass on the days the clocks change in Europe/Berlin', () => {
    // 29 March 2026: 02:00 becomes 03:00 (23 hours); 25 October 2026: 03:00 becomes 02:00 (25 hours).
    expect(openingMinutes(localDay('2026-03-29', 'Europe/Berlin', ALWAYS))).toBe(23 * 60);
    expect(openingMinutes(localDay('2026-10-25', 'Europe/Berlin', ALWAYS))).toBe(25 * 60);
    expect(openingMinutes(localDay('2026-03-22', 'Europe/Berlin', ALWAYS))).toBe(24 * 60);
  });

  it('lists the clock hours of a changing day: no 2 o’clock in spring, two in autumn', () => {
    const spring = localDay('2026-03-29', 'Europe/Berlin', ALWAYS).hours.map((h) => h.hour);
    expect(spring).toHaveLength(23);
    expect(spring).not.toContain(2);
    const autumn = localDay('2026-10-25', 'Europe/Berlin', ALWAYS).hours.map((h) => h.hour);
    expect(autumn).toHaveLength(25);
    expect(autumn.filter((h) => h === 2)).toHaveLength(2);
  });

  it('opens at the wall-clock time on both sides of a change', () => {
    const hours = defaultOpeningHours();
    const before = localDay('2026-03-27', 'Europe/Berlin', hours); // Friday, UTC+1
    const after = localDay('2026-03-30', 'Europe/Berlin', hours); // Monday, UTC+2
    expect(new Date(before.openMs).toISOString()).toBe('2026-03-27T07:00:00.000Z');
    expect(new Date(after.openMs).toISOString()).toBe('2026-03-30T06:00:00.000Z');
    expect(openingMinutes(after)).toBe(600);
  });

  it('has no opening minutes on a closed day', () => {
    expect(openingMinutes(localDay('2026-03-28', 'Europe/Berlin', defaultOpeningHours()))).toBe(0); // Saturday
  });

  it('walks a range inclusively and measures it', () => {
    expect(localDays('2026-02-27', '2026-03-02', 'Europe/Berlin', ALWAYS).map((d) => d.date)).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
    ]);
    expect(daysInRange('2026-01-01', '2026-12-31')).toBe(365);
    expect(daysInRange('2026-02-30', '2026-03-01')).toBeNaN();
  });
});
