import { describe, expect, it } from 'vitest';
import { bookableDates, conflictRefusals, isoWeekday, refusalMessageKey, seriesDates, tomorrowAtUsualDesk } from './series';

const DAY = { open: '08:00', close: '18:00' };
const ALWAYS_OPEN_FIXTURE = { mon: DAY, tue: DAY, wed: DAY, thu: DAY, fri: DAY, sat: DAY, sun: DAY };

describe('seriesDates', () => {
  it('shows the chosen weekdays of each week from the first date’s week on, without earlier dates', () => {
    // 2026-12-09 is a Wednesday.
    expect(seriesDates('2026-12-09', { weekdays: [5, 1, 3], weeks: 2 })).toEqual([
      '2026-12-09',
      '2026-12-11',
      '2026-12-14',
      '2026-12-16',
      '2026-12-18',
    ]);
    expect(isoWeekday('2026-12-09')).toBe(3);
  });

  it('crosses the year and shows picked days sorted and once', () => {
    expect(seriesDates('2026-12-28', { weekdays: [1], weeks: 2 })).toEqual(['2026-12-28', '2027-01-04']);
    expect(seriesDates('2026-12-08', { days: ['2026-12-10', '2026-12-08', '2026-12-10'] })).toEqual(['2026-12-08', '2026-12-10']);
    expect(seriesDates('2026-12-08', { weekdays: [], weeks: 3 })).toEqual([]);
  });

  it('lists the dates left to book after refusals', () => {
    expect(bookableDates(['2026-12-08', '2026-12-09'], [{ date: '2026-12-09', code: 'DESK_TAKEN' }])).toEqual(['2026-12-08']);
  });
});

describe('refusal wording', () => {
  it('reuses the single booking’s texts for codes and booking rules', () => {
    expect(refusalMessageKey({ code: 'DESK_TAKEN' })).toBe('errors.DESK_TAKEN');
    expect(refusalMessageKey({ code: 'USER_OVERLAP' })).toBe('errors.USER_OVERLAP');
    expect(refusalMessageKey({ code: 'BOOKING_RULE_VIOLATED', details: { rule: 'TOO_FAR_AHEAD' } })).toBe(
      'errors.bookingRule.TOO_FAR_AHEAD',
    );
    expect(refusalMessageKey({ code: 'BOOKING_RULE_VIOLATED' })).toBe('errors.bookingRule.other');
    expect(refusalMessageKey({ code: 'SOMETHING_NEW' as 'DESK_TAKEN' })).toBe('errors.generic.unknown');
  });

  it('reads the refusals of a SERIES_CONFLICT answer and ignores anything else', () => {
    expect(conflictRefusals({ refused: [{ date: '2026-12-08', code: 'DESK_TAKEN' }, { nope: 1 }], bookable: [] })).toEqual([
      { date: '2026-12-08', code: 'DESK_TAKEN' },
    ]);
    expect(conflictRefusals(null)).toEqual([]);
  });
});

describe('tomorrowAtUsualDesk', () => {
  it('is tomorrow in the location’s zone, the whole opening hours', () => {
    // 23:30 UTC on Monday is already Tuesday in Berlin: tomorrow there is Wednesday.
    const now = new Date('2026-12-07T23:30:00Z');
    expect(tomorrowAtUsualDesk(ALWAYS_OPEN_FIXTURE, 'Europe/Berlin', 30, now)).toEqual({
      date: '2026-12-09',
      from: '2026-12-09T07:00:00Z',
      to: '2026-12-09T17:00:00Z',
    });
  });

  it('is null when the office is closed tomorrow', () => {
    expect(tomorrowAtUsualDesk({ ...ALWAYS_OPEN_FIXTURE, sat: null }, 'UTC', 30, new Date('2026-12-11T12:00:00Z'))).toBeNull();
  });
});
