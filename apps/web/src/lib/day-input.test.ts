import { describe, expect, it } from 'vitest';
import { dayPattern, formatDayInput, parseDayInput } from './day-input';

describe('typed dates in the order of the locale', () => {
  it('writes a day the way German, British and American people write it', () => {
    expect(formatDayInput('2026-02-07', 'de')).toBe('07.02.2026');
    expect(formatDayInput('2026-02-07', 'en-GB')).toBe('07/02/2026');
    expect(formatDayInput('2026-02-07', 'en-US')).toBe('02/07/2026');
    expect(formatDayInput('', 'de')).toBe('');
    expect(formatDayInput('not a day', 'de')).toBe('');
  });

  it('reads the same text as a different day in German and in American English', () => {
    expect(parseDayInput('07.02.2026', 'de')).toBe('2026-02-07');
    expect(parseDayInput('7.2.2026', 'de')).toBe('2026-02-07');
    expect(parseDayInput('02/07/2026', 'en-US')).toBe('2026-02-07');
    expect(parseDayInput('02/07/2026', 'en-GB')).toBe('2026-07-02');
  });

  it('accepts an ISO day and an empty field, and refuses text that is no real day', () => {
    expect(parseDayInput(' 2026-02-07 ', 'de')).toBe('2026-02-07');
    expect(parseDayInput('  ', 'de')).toBe('');
    expect(parseDayInput('31.02.2026', 'de')).toBeNull();
    expect(parseDayInput('07.02.', 'de')).toBeNull();
    expect(parseDayInput('02/07/2026', 'de')).toBeNull();
  });

  it('names the pattern with the letters of the language', () => {
    expect(dayPattern('de', { day: 'T', month: 'M', year: 'J' })).toBe('TT.MM.JJJJ');
    expect(dayPattern('en-US', { day: 'D', month: 'M', year: 'Y' })).toBe('MM/DD/YYYY');
  });
});
