import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { minutesOfDay, weekdayKey, type OpeningHours } from '../places/opening-hours.js';
import { generateBookings, type GeneratedBooking, type HistoryLocation, type HistoryRules } from './booking-history.js';
import { DEMO_PRESETS, demoPeople } from './demo-company.js';
import { layoutFloor } from './floor-layout.js';
import { SeededRandom } from './seeded-random.js';

const DAY = 86_400_000;
const hours = (open: string, close: string): OpeningHours => {
  const d = { open, close };
  return { mon: d, tue: d, wed: d, thu: d, fri: d, sat: null, sun: null };
};

// Twelve months back from here cross both DST changes of Europe/Berlin.
const NOW = new Date('2026-11-18T10:17:00Z');
const berlin: HistoryLocation = {
  timezone: 'Europe/Berlin',
  openingHours: hours('07:00', '19:00'),
  desks: Array.from({ length: 24 }, (_, i) => ({ id: `desk-${i}`, zone: i < 12 ? 'North' : 'South', bookable: i !== 5 })),
  people: Array.from({ length: 20 }, (_, i) => ({ id: `person-${i}`, attendance: 1 + (i % 3) * 0.2 })),
  bookings: 3_000,
};
const rules: HistoryRules = {
  now: NOW,
  historyDays: 365,
  daysAhead: 14,
  slotMinutes: 30,
  maxDurationMinutes: 600,
  maxDaysAhead: 14,
  checkInRequired: true,
  checkInGraceMinutes: 30,
  visibility: 'everyone',
  anonymizeAfterDays: 90,
  shapes: DEMO_PRESETS.demo.shapes,
  weekdays: DEMO_PRESETS.demo.weekdays,
};

const generate = (seed = 7, location = berlin) => [...generateBookings(location, rules, new SeededRandom(seed))];
const overlap = (a: GeneratedBooking, b: GeneratedBooking) => a.startsAt < b.endsAt && b.startsAt < a.endsAt;

/** Pairs of bookings with the same key whose times overlap (sorted sweep per key). */
function overlapsBy(bookings: GeneratedBooking[], key: (b: GeneratedBooking) => string | null): number {
  const groups = new Map<string, GeneratedBooking[]>();
  for (const b of bookings) {
    const k = key(b);
    if (k !== null) groups.set(k, [...(groups.get(k) ?? []), b]);
  }
  let found = 0;
  for (const group of groups.values()) {
    group.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    for (let i = 1; i < group.length; i++) if (overlap(group[i - 1], group[i])) found++;
  }
  return found;
}

describe('the demo booking history', () => {
  const bookings = generate();

  it('makes about as many bookings as asked for', () => {
    expect(bookings.length).toBeGreaterThan(2_700);
    expect(bookings.length).toBeLessThanOrEqual(3_100);
  });

  it('never books a desk twice at once', () => {
    expect(overlapsBy(bookings, (b) => b.deskId)).toBe(0);
  });

  it('never books a person twice at once (while the booking still names them)', () => {
    expect(overlapsBy(bookings, (b) => b.userId)).toBe(0);
  });

  it('books only bookable desks', () => {
    expect(bookings.some((b) => b.deskId === 'desk-5')).toBe(false);
  });

  it('keeps every booking inside the opening hours of its local day, across the DST changes', () => {
    for (const b of bookings) {
      const start = DateTime.fromJSDate(b.startsAt, { zone: 'Europe/Berlin' });
      const end = DateTime.fromJSDate(b.endsAt, { zone: 'Europe/Berlin' });
      const day = berlin.openingHours[weekdayKey(start.weekday)];
      expect(day, `${b.startsAt.toISOString()} is on a closed day`).not.toBeNull();
      expect(start.hasSame(end, 'day')).toBe(true);
      expect(start.hour * 60 + start.minute).toBeGreaterThanOrEqual(minutesOfDay(day!.open));
      expect(end.hour * 60 + end.minute).toBeLessThanOrEqual(minutesOfDay(day!.close));
      expect(b.endsAt.getTime() - b.startsAt.getTime()).toBeLessThanOrEqual(rules.maxDurationMinutes * 60_000);
      expect(b.startsAt.getTime() % (30 * 60_000)).toBe(0);
    }
    const offsets = new Set(bookings.map((b) => DateTime.fromJSDate(b.startsAt, { zone: 'Europe/Berlin' }).offset));
    expect(offsets).toEqual(new Set([60, 120]));
  });

  it('is busiest Tuesday to Thursday and light on Mondays and Fridays', () => {
    const perWeekday = [0, 0, 0, 0, 0, 0, 0, 0];
    for (const b of bookings) perWeekday[DateTime.fromJSDate(b.startsAt, { zone: 'Europe/Berlin' }).weekday]++;
    for (const busy of [2, 3, 4]) for (const light of [1, 5]) expect(perWeekday[busy]).toBeGreaterThan(perWeekday[light]);
  });

  it('was booked before it started, within the booking horizon, and never after now', () => {
    for (const b of bookings) {
      expect(b.createdAt.getTime()).toBeLessThanOrEqual(Math.max(NOW.getTime(), b.startsAt.getTime()));
      expect(b.createdAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
      if (!b.anonymizedAt) expect(b.startsAt.getTime() - b.createdAt.getTime()).toBeLessThanOrEqual(rules.maxDaysAhead * DAY);
    }
  });

  it('has cancellations, check-ins and no-shows released after the grace period, and bookings for the coming days', () => {
    const past = bookings.filter((b) => b.startsAt.getTime() + 30 * 60_000 <= NOW.getTime());
    const noShows = past.filter((b) => b.cancelReason === 'no_show');
    const share = (n: number) => n / past.length;
    expect(share(noShows.length)).toBeGreaterThan(0.05);
    expect(share(past.filter((b) => b.cancelReason === 'user').length)).toBeGreaterThan(0.04);
    expect(share(past.filter((b) => b.checkedInAt).length)).toBeGreaterThan(0.7);
    for (const b of noShows) {
      expect(b.checkedInAt).toBeNull();
      expect(b.cancelledAt!.getTime()).toBeGreaterThanOrEqual(b.startsAt.getTime() + 30 * 60_000);
    }
    const upcoming = bookings.filter((b) => b.startsAt > NOW);
    expect(upcoming.length).toBeGreaterThan(20);
    expect(upcoming.every((b) => b.checkedInAt === null && b.cancelReason !== 'no_show')).toBe(true);
  });

  it('has anonymized what the sweep would have by now, as the scrubber leaves it, and nothing newer', () => {
    const cutoff = NOW.getTime() - 90 * DAY;
    const anonymized = bookings.filter((b) => b.anonymizedAt);
    expect(anonymized.length / bookings.length).toBeGreaterThan(0.6);
    for (const b of anonymized) {
      expect(b.endsAt.getTime()).toBeLessThanOrEqual(cutoff);
      expect(b).toMatchObject({ userId: null, visibleToColleagues: null, visibilityCeiling: null });
      expect(b.createdAt.getTime() % DAY).toBe(0);
      expect(b.anonymizedAt!.getTime()).toBeLessThanOrEqual(NOW.getTime());
    }
    // The sweep runs every 15 minutes: anything that ended more than that before the cutoff is done.
    const due = bookings.filter((b) => b.endsAt.getTime() <= cutoff - 15 * 60_000);
    expect(due.every((b) => b.anonymizedAt)).toBe(true);
    expect(bookings.filter((b) => b.endsAt.getTime() > cutoff).every((b) => b.userId !== null)).toBe(true);
  });

  it('gives the same rows for the same seed, and others for another', () => {
    expect(generate(7)).toEqual(bookings);
    expect(generate(8).slice(0, 50)).not.toEqual(bookings.slice(0, 50));
  });
});

describe('the demo company', () => {
  it('has people in every role with unique, obviously fictional addresses', () => {
    const people = demoPeople(DEMO_PRESETS.demo, new SeededRandom(1));
    expect(people).toHaveLength(60);
    expect(new Set(people.map((p) => p.role))).toEqual(new Set(['tenant_admin', 'facility_manager', 'employee']));
    expect(new Set(people.map((p) => p.email)).size).toBe(60);
    expect(people.every((p) => p.email.endsWith('.example'))).toBe(true);
    expect(new Set(people.map((p) => p.home))).toEqual(new Set([0, 1]));
  });

  it('lays out desks in clusters with zones and amenities, inside the plan, a few of them not bookable', () => {
    const layout = layoutFloor('A1', 110, new SeededRandom(3));
    expect(layout.desks).toHaveLength(110);
    expect(new Set(layout.desks.map((d) => d.label)).size).toBe(110);
    expect(new Set(layout.desks.map((d) => d.zone)).size).toBeGreaterThan(1);
    expect(layout.desks.every((d) => d.x > 0 && d.x < layout.width && d.y > 0 && d.y < layout.height)).toBe(true);
    expect(layout.desks.every((d) => d.amenities.length > 0)).toBe(true);
    expect(layout.desks.filter((d) => !d.bookable).length).toBeLessThan(15);
  });
});
