import { DateTime } from 'luxon';
import type { CancelReason } from '../bookings/entities/booking.entity.js';
import { visibilityCeiling, type BookingVisibility, type VisibilityCeiling } from '../bookings/visibility.js';
import { minutesOfDay, weekdayKey, type OpeningHours } from '../places/opening-hours.js';
import type { BookingShape } from './demo-company.js';
import type { SeededRandom } from './seeded-random.js';

export interface HistoryDesk {
  id: string;
  zone: string;
  bookable: boolean;
}

export interface HistoryPerson {
  id: string;
  /** Relative weight of how often they come in. */
  attendance: number;
}

/** One location's desks and people, and how many bookings its history should have. */
export interface HistoryLocation {
  timezone: string;
  openingHours: OpeningHours;
  desks: HistoryDesk[];
  people: HistoryPerson[];
  bookings: number;
}

/** The tenant's settings the history obeys, and the moment it ends ("now"). */
export interface HistoryRules {
  now: Date;
  historyDays: number;
  daysAhead: number;
  slotMinutes: number;
  maxDurationMinutes: number;
  maxDaysAhead: number;
  checkInRequired: boolean;
  checkInGraceMinutes: number;
  visibility: BookingVisibility;
  /** Bookings that ended this many days ago are anonymized, as the sweep would have done; null: never. */
  anonymizeAfterDays: number | null;
  shapes: Record<BookingShape, number>;
  /** Relative busyness of Monday … Sunday. */
  weekdays: readonly number[];
}

/** A row of `bookings` without its tenant. */
export interface GeneratedBooking {
  id: string;
  deskId: string;
  userId: string | null;
  startsAt: Date;
  endsAt: Date;
  visibleToColleagues: boolean | null;
  visibilityCeiling: VisibilityCeiling | null;
  checkedInAt: Date | null;
  cancelledAt: Date | null;
  cancelReason: CancelReason | null;
  anonymizedAt: Date | null;
  createdAt: Date;
}

const MINUTE = 60_000;
const DAY = 86_400_000;
const CANCELLED_SHARE = 0.08;
const NO_SHOW_SHARE = 0.09;
const SAME_DAY_SHARE = 0.3;
const DESK_TRIES = 12;

interface OpenDay {
  openMs: number;
  slots: number;
  weight: number;
}

/**
 * A location's bookings, day by day, oldest first: the days' shares of the total follow the weekday,
 * the season and a slow growth; each booking is a person, a shape (whole day, half day, a few hours)
 * and a desk, placed only where neither the desk nor the person is booked yet, inside opening hours
 * (in the location's time zone, so DST-correct), on the booking grid. Then its fate: lead time,
 * cancellation, check-in or no-show release, anonymization. The same random stream gives the same rows.
 */
export function* generateBookings(location: HistoryLocation, rules: HistoryRules, random: SeededRandom): Generator<GeneratedBooking> {
  const days = openDays(location, rules);
  const bookable = location.desks.filter((d) => d.bookable);
  if (days.length === 0 || bookable.length === 0 || location.people.length === 0) return;
  const byZone = new Map<string, number[]>();
  bookable.forEach((d, i) => byZone.set(d.zone, [...(byZone.get(d.zone) ?? []), i]));
  const favourite = location.people.map(() => random.int(0, bookable.length - 1));
  const cumulative = cumulativeWeights(location.people.map((p) => p.attendance));
  const maxSlots = Math.max(...days.map((d) => d.slots));
  const deskBusy = new Uint8Array(bookable.length * maxSlots);
  const personBusy = new Uint8Array(location.people.length * maxSlots);
  const totalWeight = days.reduce((sum, d) => sum + d.weight, 0);
  const slotMs = rules.slotMinutes * MINUTE;

  for (const day of days) {
    const exact = (location.bookings * day.weight) / totalWeight;
    const quota = Math.floor(exact) + (random.chance(exact % 1) ? 1 : 0);
    deskBusy.fill(0);
    personBusy.fill(0);
    for (let placed = 0, attempt = 0; placed < quota && attempt < quota * 5; attempt++) {
      const person = pickCumulative(cumulative, random);
      const [from, to] = shapeSlots(random.weighted(rules.shapes), day.slots, rules, random);
      if (isBusy(personBusy, person * maxSlots, from, to)) continue;
      const desk = findFreeDesk(person, favourite, bookable, byZone, deskBusy, maxSlots, from, to, random);
      if (desk < 0) continue;
      personBusy.fill(1, person * maxSlots + from, person * maxSlots + to);
      deskBusy.fill(1, desk * maxSlots + from, desk * maxSlots + to);
      placed++;
      const startsAt = new Date(day.openMs + from * slotMs);
      const endsAt = new Date(day.openMs + to * slotMs);
      yield withFate(random.uuid(), bookable[desk].id, location.people[person].id, startsAt, endsAt, rules, random);
    }
  }
}

/** The open days from `historyDays` ago to `daysAhead` ahead with their opening instants and weights. */
function openDays(location: HistoryLocation, rules: HistoryRules): OpenDay[] {
  const today = DateTime.fromJSDate(rules.now, { zone: location.timezone }).startOf('day');
  const days: OpenDay[] = [];
  for (let offset = -rules.historyDays; offset <= rules.daysAhead; offset++) {
    const date = today.plus({ days: offset });
    const hours = location.openingHours[weekdayKey(date.weekday)];
    if (!hours) continue;
    const openMs = atMinuteOfDay(date, minutesOfDay(hours.open));
    const slots = Math.floor((atMinuteOfDay(date, minutesOfDay(hours.close)) - openMs) / (rules.slotMinutes * MINUTE));
    if (slots < 2) continue;
    const growth = offset <= 0 ? 0.85 + (0.15 * (offset + rules.historyDays)) / rules.historyDays : 1;
    // Days ahead are booked less the further they are: people book a few days in advance.
    const ahead = offset <= 0 ? 1 : Math.max(0, 1 - offset / (rules.daysAhead + 1));
    days.push({ openMs, slots, weight: rules.weekdays[date.weekday - 1] * season(date) * growth * ahead });
  }
  return days;
}

/** A local clock time of a date as an instant (24:00 is the next midnight); Luxon applies the day's UTC offset. */
function atMinuteOfDay(date: DateTime, minutes: number): number {
  return minutes >= 1440
    ? date.plus({ days: 1 }).toMillis()
    : date.set({ hour: Math.floor(minutes / 60), minute: minutes % 60 }).toMillis();
}

/** Summer holidays and the turn of the year are quiet. */
function season(date: DateTime): number {
  if ((date.month === 12 && date.day >= 20) || (date.month === 1 && date.day <= 6)) return 0.35;
  if (date.month === 8) return 0.7;
  if (date.month === 7) return 0.85;
  return 1;
}

function cumulativeWeights(weights: number[]): number[] {
  let sum = 0;
  return weights.map((w) => (sum += w));
}

function pickCumulative(cumulative: number[], random: SeededRandom): number {
  const target = random.next() * cumulative[cumulative.length - 1];
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid] > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** [from, to) in slots of the day for a shape, never longer than the tenant allows. */
function shapeSlots(shape: BookingShape, slots: number, rules: HistoryRules, random: SeededRandom): [number, number] {
  const half = Math.floor(slots / 2);
  const slack = Math.min(3, Math.floor(slots / 6));
  let from: number;
  let to: number;
  if (shape === 'full') {
    from = random.int(0, slack);
    to = slots - random.int(0, slack);
  } else if (shape === 'morning') {
    from = random.int(0, slack);
    to = Math.max(from + 1, half - random.int(0, 1));
  } else if (shape === 'afternoon') {
    from = half + random.int(0, 1);
    to = Math.max(from + 1, slots - random.int(0, slack));
  } else {
    const length = random.int(Math.min(2, slots), Math.min(10, slots));
    from = random.int(0, slots - length);
    to = from + length;
  }
  to = Math.min(to, slots, from + Math.floor(rules.maxDurationMinutes / rules.slotMinutes));
  return [from, to];
}

function isBusy(busy: Uint8Array, offset: number, from: number, to: number): boolean {
  for (let i = offset + from; i < offset + to; i++) if (busy[i]) return true;
  return false;
}

/** The person's favourite desk if free, else one in its zone, else any; -1 when none of the tries is free. */
function findFreeDesk(
  person: number,
  favourite: number[],
  desks: HistoryDesk[],
  byZone: Map<string, number[]>,
  busy: Uint8Array,
  stride: number,
  from: number,
  to: number,
  random: SeededRandom,
): number {
  const home = favourite[person];
  const zone = byZone.get(desks[home].zone)!;
  for (let attempt = 0; attempt < DESK_TRIES; attempt++) {
    const desk = attempt === 0 ? home : attempt < 4 ? random.pick(zone) : random.int(0, desks.length - 1);
    if (!isBusy(busy, desk * stride, from, to)) return desk;
  }
  return -1;
}

/** When it was booked, whether it was cancelled, checked in or released, and whether the sweep has anonymized it by now. */
function withFate(
  id: string,
  deskId: string,
  userId: string,
  startsAt: Date,
  endsAt: Date,
  rules: HistoryRules,
  random: SeededRandom,
): GeneratedBooking {
  const now = rules.now.getTime();
  const start = startsAt.getTime();
  const lead = random.chance(SAME_DAY_SHARE)
    ? random.int(10, 180) * MINUTE
    : Math.min(rules.maxDaysAhead, 1 + Math.floor(random.exponential(2.5))) * DAY + random.int(-300, 300) * MINUTE;
  const earliest = start - rules.maxDaysAhead * DAY + MINUTE;
  let created = Math.max(earliest, start - lead);
  if (created > now) created = Math.max(earliest, now - random.int(1, 2_880) * MINUTE);
  const visibleToColleagues = random.chance(0.85);
  const booking: GeneratedBooking = {
    id,
    deskId,
    userId,
    startsAt,
    endsAt,
    visibleToColleagues,
    visibilityCeiling: visibilityCeiling(rules.visibility, visibleToColleagues),
    checkedInAt: null,
    cancelledAt: null,
    cancelReason: null,
    anonymizedAt: null,
    createdAt: new Date(created),
  };
  const grace = rules.checkInGraceMinutes * MINUTE;
  const cancelBy = Math.min(start, now);
  if (random.chance(CANCELLED_SHARE) && cancelBy > created) {
    booking.cancelledAt = new Date(created + Math.floor(random.next() * (cancelBy - created)));
    booking.cancelReason = random.chance(0.1) ? 'admin' : 'user';
  } else if (rules.checkInRequired && start + grace <= now && random.chance(NO_SHOW_SHARE)) {
    // Released by the no-show job, which runs every few minutes after the grace period.
    booking.cancelledAt = new Date(Math.min(now, start + grace + random.int(0, 5) * MINUTE));
    booking.cancelReason = 'no_show';
  } else if (start <= now) {
    const checkIn = start + random.int(-10, rules.checkInGraceMinutes - 5) * MINUTE;
    if (checkIn <= now && (start + grace <= now || random.chance(0.5))) booking.checkedInAt = new Date(checkIn);
  }
  return anonymizeIfDue(booking, rules, random);
}

/** What BookingScrubber.anonymize leaves of a booking, if the sweep (every 15 minutes) would have reached it by now. */
function anonymizeIfDue(booking: GeneratedBooking, rules: HistoryRules, random: SeededRandom): GeneratedBooking {
  if (rules.anonymizeAfterDays === null) return booking;
  const at = booking.endsAt.getTime() + rules.anonymizeAfterDays * DAY + random.int(1, 15) * MINUTE;
  if (at > rules.now.getTime()) return booking;
  const created = booking.createdAt;
  return {
    ...booking,
    userId: null,
    visibleToColleagues: null,
    visibilityCeiling: null,
    anonymizedAt: new Date(at),
    createdAt: new Date(Date.UTC(created.getUTCFullYear(), created.getUTCMonth(), created.getUTCDate())),
  };
}
