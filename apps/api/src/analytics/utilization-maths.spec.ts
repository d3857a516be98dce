import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { defaultOpeningHours, type OpeningHours } from '../places/opening-hours.js';
import { bookableDays, deskCapacity, withFirstBooking, type DeskHistory } from './bookability.js';
import { dayUsage, type UsageBooking, type UsageDesk } from './day-usage.js';
import { deskRanking, heatmap, percentile, summary, utilizationSeries, type DayFacts } from './figures.js';
import { localDay, localDays, type LocalDay } from './local-days.js';

/**
 * The figures pinned on small fixtures computed by hand (issue 17 "Done when"). Times are local
 * to Europe/Berlin; the office is open 08:00–18:00 on weekdays unless a test says otherwise.
 */
const TZ = 'Europe/Berlin';
const HOURS = defaultOpeningHours();
const ALWAYS_OPEN: OpeningHours = Object.fromEntries(
  ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, { open: '00:00', close: '24:00' }]),
) as OpeningHours;
const at = (local: string) => DateTime.fromISO(local, { zone: TZ }).toJSDate();

const DESKS = new Map<string, UsageDesk>([
  ['d1', { id: 'd1', floorId: 'f1', zone: 'Quiet' }],
  ['d2', { id: 'd2', floorId: 'f1', zone: 'Quiet' }],
  ['d3', { id: 'd3', floorId: 'f1', zone: null }],
  ['d4', { id: 'd4', floorId: 'f2', zone: null }],
]);

function booking(deskId: string, start: string, end: string, extra: Partial<UsageBooking> = {}): UsageBooking {
  return {
    deskId,
    startsAt: at(start),
    endsAt: at(end),
    checkedInAt: null,
    cancelledAt: null,
    cancelReason: null,
    createdAt: at(start),
    ...extra,
  };
}

const scope = (day: LocalDay, bookings: UsageBooking[], floorId = '', zone = '') =>
  dayUsage(day, DESKS, bookings).scopes.find((s) => s.floorId === floorId && s.zone === zone);

describe('the rollup of one day', () => {
  const monday = localDay('2026-03-30', TZ, HOURS);

  it('clips booked time to opening hours', () => {
    const s = scope(monday, [booking('d1', '2026-03-30T07:00', '2026-03-30T09:00'), booking('d2', '2026-03-30T17:00', '2026-03-30T20:00')]);
    expect(s).toMatchObject({ bookings: 2, bookedMinutes: 120, desksUsed: 2, peakConcurrent: 1 });
  });

  it('counts a cancelled booking only as a cancellation, and a no-show as held until its release', () => {
    const s = scope(monday, [
      booking('d1', '2026-03-30T09:00', '2026-03-30T17:00', { cancelledAt: at('2026-03-29T12:00'), cancelReason: 'user' }),
      booking('d2', '2026-03-30T09:00', '2026-03-30T17:00', { cancelledAt: at('2026-03-30T09:30'), cancelReason: 'no_show' }),
      booking('d3', '2026-03-30T09:00', '2026-03-30T12:00', { checkedInAt: at('2026-03-30T08:55') }),
    ]);
    expect(s).toMatchObject({
      bookings: 2,
      cancellations: 1,
      noShows: 1,
      checkIns: 1,
      bookedMinutes: 30 + 180,
      desksUsed: 2,
      peakConcurrent: 2,
    });
    expect(s!.hourlyDesks[9]).toBe(2);
    expect(s!.hourlyDesks[10]).toBe(1); // the no-show was released at 09:30
  });

  it('counts anonymized bookings like any other (their times stay; createdAt is truncated to the day)', () => {
    const made = booking('d1', '2026-03-30T09:00', '2026-03-30T13:00', { createdAt: at('2026-03-27T15:42') });
    const anonymized = { ...made, createdAt: new Date('2026-03-27T00:00:00.000Z') };
    expect(scope(monday, [anonymized])).toEqual(scope(monday, [made]));
    expect(scope(monday, [made])!.leadTimes).toEqual({ 3: 1 });
  });

  it('finds the peak at one instant: a booking ending when another starts does not overlap it', () => {
    const s = scope(monday, [
      booking('d1', '2026-03-30T08:00', '2026-03-30T12:00'),
      booking('d2', '2026-03-30T12:00', '2026-03-30T16:00'),
      booking('d3', '2026-03-30T11:00', '2026-03-30T13:00'),
    ]);
    expect(s!.peakConcurrent).toBe(2);
    expect(s!.hourlyDesks.slice(8, 17)).toEqual([1, 1, 1, 2, 2, 1, 1, 1, 0]);
  });

  it('rolls up each scope: location, floor, zone of the location and zone of the floor', () => {
    const { scopes, desks } = dayUsage(monday, DESKS, [
      booking('d1', '2026-03-30T09:00', '2026-03-30T10:00'),
      booking('d4', '2026-03-30T09:00', '2026-03-30T10:00'),
    ]);
    const keys = scopes.map((s) => `${s.floorId}/${s.zone}:${s.bookings}`).sort();
    expect(keys).toEqual(['/:2', '/Quiet:1', 'f1/:1', 'f1/Quiet:1', 'f2/:1']);
    expect(desks).toEqual(
      expect.arrayContaining([
        { deskId: 'd1', floorId: 'f1', bookings: 1, bookedMinutes: 60 },
        { deskId: 'd4', floorId: 'f2', bookings: 1, bookedMinutes: 60 },
      ]),
    );
  });

  it('measures real time across the spring change: 01:00–04:00 on 29 March is two hours, in clock hours 1 and 3', () => {
    const day = localDay('2026-03-29', TZ, ALWAYS_OPEN);
    const s = scope(day, [booking('d1', '2026-03-29T01:00', '2026-03-29T04:00')]);
    expect(s!.bookedMinutes).toBe(120);
    expect(s!.hourlyDesks.map((n, hour) => (n ? hour : -1)).filter((h) => h >= 0)).toEqual([1, 3]);
  });

  it('measures real time across the autumn change: 01:00–04:00 on 25 October is four hours', () => {
    const day = localDay('2026-10-25', TZ, ALWAYS_OPEN);
    expect(scope(day, [booking('d1', '2026-10-25T01:00', '2026-10-25T04:00')])!.bookedMinutes).toBe(240);
  });
});

/** Facts of a range with `bookable` desks bookable every day and the given rollups per date. */
function facts(days: LocalDay[], bookable: number, usage: Record<string, ReturnType<typeof scope>>): DayFacts[] {
  return days.map((day) => ({ day, bookableDesks: bookable, totalDesks: bookable, usage: usage[day.date] }));
}

describe('the figures of a range', () => {
  // Mon 30 March … Sun 5 April 2026: five open days of 600 minutes.
  const week = localDays('2026-03-30', '2026-04-05', TZ, HOURS);
  const dayOf = (date: string) => week.find((d) => d.date === date)!;
  const usage = {
    '2026-03-30': scope(dayOf('2026-03-30'), [
      booking('d1', '2026-03-30T08:00', '2026-03-30T18:00', { checkedInAt: at('2026-03-30T08:00') }),
    ]),
    '2026-03-31': scope(dayOf('2026-03-31'), [
      booking('d1', '2026-03-31T08:00', '2026-03-31T13:00', { createdAt: at('2026-03-29T10:00') }),
      booking('d2', '2026-03-31T09:00', '2026-03-31T12:00', {
        cancelledAt: at('2026-03-31T09:30'),
        cancelReason: 'no_show',
        createdAt: at('2026-03-30T10:00'),
      }),
      booking('d3', '2026-03-31T10:00', '2026-03-31T11:00', { cancelledAt: at('2026-03-30T10:00'), cancelReason: 'user' }),
    ]),
  };

  it('divides booked time by bookable desks × opening time, and used desks by bookable desk-days', () => {
    const s = summary(facts(week, 4, usage), 1);
    // booked: 600 + 300 + 30 = 930 min of 5 days × 4 desks × 600 min.
    expect(s).toMatchObject({
      openDays: 5,
      bookings: 3,
      bookedHours: 15.5,
      availableHours: 200,
      occupancyRate: 0.0775,
      deskDayOccupancy: 0.15,
    });
    expect(s).toMatchObject({ peakConcurrent: 2, peakDay: '2026-03-31', avgDailyPeak: 0.6, avgDailyBookings: 0.6 });
    expect(s).toMatchObject({ checkInRate: 0.3333, noShowRate: 0.5, cancellationRate: 0.25, medianLeadTimeDays: 1 });
    expect(s.desksNeeded).toEqual({ max: 2, p95: 2 });
    expect(s.availability).toEqual({ booked: 0.6, free: 3.4, notBookable: 0 });
    expect(s.suppressed).toBe(false);
  });

  it('divides a day by the desks bookable that day: a desk made unbookable mid-range stops counting the next day', () => {
    const created = at('2026-01-01T00:00').getTime();
    const history: DeskHistory = {
      deskId: 'd9',
      changes: [
        { at: created, bookable: true },
        { at: at('2026-04-01T12:00').getTime(), bookable: false },
      ],
    };
    expect(bookableDays(history, week).map((d) => d.bookable)).toEqual([true, true, true, false, false, false, false]);
    // Created on Thursday: it does not count before.
    const late: DeskHistory = { deskId: 'd8', changes: [{ at: at('2026-04-02T09:00').getTime(), bookable: true }] };
    expect(bookableDays(late, week).map((d) => d.exists)).toEqual([false, false, false, true, true, true, true]);
    const capacity = deskCapacity([history, late], week);
    expect(capacity.bookable).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect(capacity.total).toEqual([1, 1, 1, 2, 2, 2, 2]);
    expect(capacity.availableMinutes.get('d9')).toBe(3 * 600);
    expect(capacity.availableMinutes.get('d8')).toBe(2 * 600); // Thursday and Friday; the weekend is closed
  });

  it('counts a desk from its first booking when that is older than the desk (imported history)', () => {
    const createdThursday: DeskHistory = { deskId: 'd7', changes: [{ at: at('2026-04-02T09:00').getTime(), bookable: true }] };
    const imported = withFirstBooking(createdThursday, at('2026-03-31T00:00').getTime());
    expect(bookableDays(imported, week).map((d) => d.bookable)).toEqual([false, true, true, true, true, true, true]);
    expect(withFirstBooking(createdThursday, at('2026-04-03T00:00').getTime())).toBe(createdThursday);
    expect(withFirstBooking(createdThursday, undefined)).toBe(createdThursday);
  });

  it('groups a series by week (from Monday) and by month', () => {
    const range = localDays('2026-03-30', '2026-04-12', TZ, HOURS);
    const byWeek = utilizationSeries(facts(range, 4, usage), 'week', 1);
    expect(byWeek.map((p) => [p.period, p.bookings, p.availableHours])).toEqual([
      ['2026-03-30', 3, 200],
      ['2026-04-06', 0, 200],
    ]);
    expect(utilizationSeries(facts(range, 4, usage), 'month', 1).map((p) => p.period)).toEqual(['2026-03-01', '2026-04-01']);
  });

  it('averages the heatmap over the weekdays in range, only in opening hours', () => {
    const twoWeeks = localDays('2026-03-30', '2026-04-12', TZ, HOURS);
    const cells = heatmap(facts(twoWeeks, 4, usage), 1);
    expect(cells).toHaveLength(5 * 10);
    // Tuesday 09:00: d1 and d2 booked on one of the two Tuesdays → 1 desk on average, of 4.
    expect(cells.find((c) => c.weekday === 2 && c.hour === 9)).toEqual({
      weekday: 2,
      hour: 9,
      avgBookedDesks: 1,
      occupancyRate: 0.25,
      suppressed: false,
    });
    expect(cells.find((c) => c.weekday === 2 && c.hour === 12)).toMatchObject({ avgBookedDesks: 0.5 });
  });

  it('right-sizes by the 95th percentile of daily peaks (nearest rank)', () => {
    const peaks = [...Array.from({ length: 19 }, () => 30), 41];
    expect(percentile(peaks, 0.95)).toBe(30);
    expect(percentile([...peaks, 41], 0.95)).toBe(41);
    expect(percentile([], 0.95)).toBeNull();
  });
});

describe('the minimum group size', () => {
  const monday = localDay('2026-03-30', TZ, HOURS);
  const withBookings = (n: number) =>
    facts([monday], 10, {
      '2026-03-30': scope(
        monday,
        Array.from({ length: n }, (_, i) =>
          booking(
            `d${(i % 4) + 1}`,
            `2026-03-30T${String(8 + Math.floor(i / 4)).padStart(2, '0')}:00`,
            `2026-03-30T${String(9 + Math.floor(i / 4)).padStart(2, '0')}:00`,
          ),
        ),
      ),
    });

  it.each([
    [4, true],
    [5, false],
    [6, false],
  ])('with k = 5 and %i bookings withholds: %s', (n, withheld) => {
    const s = summary(withBookings(n), 5);
    expect(s.suppressed).toBe(withheld);
    expect(s.bookings).toBe(withheld ? null : n);
    expect(s.occupancyRate === null).toBe(withheld);
    expect(s.desksNeeded.max === null).toBe(withheld);
    expect(s.availableHours).toBe(100); // not computed from bookings: always shown
    const [point] = utilizationSeries(withBookings(n), 'day', 5);
    expect(point.suppressed).toBe(withheld);
    expect(point.bookedHours === null).toBe(withheld);
  });

  it('withholds a heatmap cell and a desk below the threshold, and zero as well', () => {
    const cells = heatmap(withBookings(5), 2);
    expect(cells.find((c) => c.hour === 8)).toMatchObject({ avgBookedDesks: 4, suppressed: false });
    expect(cells.find((c) => c.hour === 9)).toMatchObject({ avgBookedDesks: null, occupancyRate: null, suppressed: true }); // one desk
    expect(cells.find((c) => c.hour === 12)).toMatchObject({ avgBookedDesks: null, suppressed: true }); // nobody
  });

  it('ranks the shown desks and lists withheld ones last without a rank', () => {
    const desk = (id: string, bookings: number, bookedMinutes: number) => ({
      deskId: id,
      label: id,
      zone: null,
      x: 0,
      y: 0,
      bookable: true,
      bookings,
      bookedMinutes,
      availableMinutes: 6000,
    });
    const ranked = deskRanking([desk('A', 5, 600), desk('B', 9, 900), desk('C', 6, 600), desk('D', 4, 1200)], 5);
    expect(ranked.map((d) => [d.label, d.rank, d.bookedHours])).toEqual([
      ['B', 1, 15],
      ['A', 2, 10],
      ['C', 2, 10],
      ['D', null, null],
    ]);
    expect(ranked[0].occupancyRate).toBe(0.15);
    expect(ranked[3]).toMatchObject({ bookings: null, occupancyRate: null, suppressed: true });
  });

  it('is off at 1: a single booking is shown', () => {
    expect(summary(withBookings(1), 1)).toMatchObject({ bookings: 1, suppressed: false });
  });
});
