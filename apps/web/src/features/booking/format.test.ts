import { describe, expect, it } from 'vitest';
import { formatDay, formatDayMinutes } from './format';

describe('formatting in the location time zone', () => {
  it('names the day of a date and of an instant there', () => {
    expect(formatDay('2027-03-02', 'Europe/Berlin', 'en-GB')).toBe('Tue 2 Mar');
    // 23:30 UTC on Tuesday is already Wednesday in Berlin.
    expect(formatDay('2027-03-02T23:30:00Z', 'Europe/Berlin', 'en-GB')).toBe('Wed 3 Mar');
    expect(formatDay('2027-03-02T23:30:00Z', 'UTC', 'en-GB')).toBe('Tue 2 Mar');
  });

  it('writes times in the locale, and the end of the day by name', () => {
    expect(formatDayMinutes(9 * 60, 'de', '24:00')).toBe('09:00');
    expect(formatDayMinutes(13 * 60 + 30, 'en-US', 'Midnight')).toBe('1:30 PM');
    expect(formatDayMinutes(24 * 60, 'en-US', 'Midnight')).toBe('Midnight');
  });
});
