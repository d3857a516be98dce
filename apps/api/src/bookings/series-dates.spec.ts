import { describe, expect, it } from 'vitest';
import { seriesDates, seriesOccurrences, startOfLocalDate } from './series-dates.js';

describe('seriesDates', () => {
  it('lists the chosen weekdays of each week from the first occurrence’s week on, skipping dates before it', () => {
    // 2026-12-09 is a Wednesday: Monday 7 and Tuesday 8 of its week are skipped.
    expect(seriesDates('2026-12-09', { weekdays: [2, 1, 5, 3], weeks: 2 })).toEqual([
      '2026-12-09',
      '2026-12-11',
      '2026-12-14',
      '2026-12-15',
      '2026-12-16',
      '2026-12-18',
    ]);
  });

  it('crosses months and years', () => {
    expect(seriesDates('2026-12-28', { weekdays: [1], weeks: 3 })).toEqual(['2026-12-28', '2027-01-04', '2027-01-11']);
  });

  it('takes listed days as they are, sorted and each once', () => {
    expect(seriesDates('2026-12-08', { days: ['2026-12-10', '2026-12-08', '2026-12-10'] })).toEqual(['2026-12-08', '2026-12-10']);
  });
});

describe('seriesOccurrences', () => {
  it('keeps local wall-clock times across the spring change to summer time in Berlin', () => {
    // Thursday 2027-03-25, 08:00–16:00 CET (UTC+1); summer time starts on Sunday 2027-03-28.
    const occurrences = seriesOccurrences(new Date('2027-03-25T07:00:00Z'), new Date('2027-03-25T15:00:00Z'), 'Europe/Berlin', {
      weekdays: [4],
      weeks: 2,
    });
    expect(occurrences.map((o) => [o.date, o.startsAt.toISOString(), o.endsAt.toISOString()])).toEqual([
      ['2027-03-25', '2027-03-25T07:00:00.000Z', '2027-03-25T15:00:00.000Z'],
      ['2027-04-01', '2027-04-01T06:00:00.000Z', '2027-04-01T14:00:00.000Z'],
    ]);
  });

  it('keeps local wall-clock times across the autumn change back in Berlin', () => {
    // Friday 2027-10-29 08:00 CEST (UTC+2); winter time from Sunday 2027-10-31.
    const occurrences = seriesOccurrences(new Date('2027-10-29T06:00:00Z'), new Date('2027-10-29T08:30:00Z'), 'Europe/Berlin', {
      days: ['2027-10-29', '2027-11-01'],
    });
    expect(occurrences.map((o) => [o.startsAt.toISOString(), o.endsAt.toISOString()])).toEqual([
      ['2027-10-29T06:00:00.000Z', '2027-10-29T08:30:00.000Z'],
      ['2027-11-01T07:00:00.000Z', '2027-11-01T09:30:00.000Z'],
    ]);
  });

  it('finds the first occurrence’s local date in the location’s zone, not in UTC', () => {
    // 23:30 UTC on Monday is already Tuesday in Berlin.
    const [first] = seriesOccurrences(new Date('2026-12-07T23:30:00Z'), new Date('2026-12-08T00:30:00Z'), 'Europe/Berlin', {
      weekdays: [2],
      weeks: 1,
    });
    expect(first.date).toBe('2026-12-08');
  });

  it('starts a local date at local midnight', () => {
    expect(startOfLocalDate('2027-07-01', 'Europe/Berlin').toISOString()).toBe('2027-06-30T22:00:00.000Z');
  });
});
