import { API_LIMITS } from '@deskbook/api-client';
import { DateTime } from 'luxon';
import type { Booking } from '../../api/types';
import { safeZone } from './time-range';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
/** The API answers at most 62 days of bookings per request. */
const MAX_WINDOW_DAYS = 61;

type Timed = Pick<Booking, 'startsAt' | 'endsAt' | 'cancelledAt'>;
const time = (iso: string) => new Date(iso).getTime();

/**
 * Upcoming (not cancelled, not over; soonest first), cancelled (cancelled but not over: a cancelled
 * booking for tomorrow is not in the past; soonest first) and past (over, cancelled or not; latest first).
 */
export function splitBookings<T extends Timed>(bookings: readonly T[], now: Date): { upcoming: T[]; cancelled: T[]; past: T[] } {
  const isOver = (booking: T) => time(booking.endsAt) <= now.getTime();
  const soonestFirst = (a: T, b: T) => time(a.startsAt) - time(b.startsAt);
  const ahead = bookings.filter((booking) => !isOver(booking));
  return {
    upcoming: ahead.filter((booking) => booking.cancelledAt === null).sort(soonestFirst),
    cancelled: ahead.filter((booking) => booking.cancelledAt !== null).sort(soonestFirst),
    past: bookings.filter(isOver).sort((a, b) => soonestFirst(b, a)),
  };
}

export interface DayGroup<T> {
  /** "YYYY-MM-DD" in the time zone of the group's bookings. */
  day: string;
  zone: string;
  bookings: T[];
}

/**
 * Bookings by the calendar day they start on, in each booking's own time zone (its location's), in the
 * order they come: a booking at 00:30 in Berlin belongs to that Berlin day, whatever the browser's zone.
 */
export function groupByDay<T extends Pick<Booking, 'startsAt'>>(bookings: readonly T[], zoneOf: (booking: T) => string): DayGroup<T>[] {
  const groups = new Map<string, DayGroup<T>>();
  for (const booking of bookings) {
    const zone = safeZone(zoneOf(booking));
    const day = DateTime.fromISO(booking.startsAt, { zone }).toISODate() ?? '';
    const key = `${day} ${zone}`;
    const group = groups.get(key) ?? { day, zone, bookings: [] };
    group.bookings.push(booking);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** Check-in is open from shortly before the start (as long as the API says) until the end, once. */
export function canCheckIn(booking: Timed & Pick<Booking, 'checkedInAt'>, now: Date): boolean {
  const opens = time(booking.startsAt) - API_LIMITS.checkInOpensBeforeMinutes * MINUTE_MS;
  return booking.cancelledAt === null && booking.checkedInAt === null && now.getTime() >= opens && now.getTime() < time(booking.endsAt);
}

/** When an unchecked booking is released, where the organization requires check-in. */
export function checkInDeadline(booking: Pick<Booking, 'startsAt'>, graceMinutes: number): Date {
  return new Date(time(booking.startsAt) + graceMinutes * MINUTE_MS);
}

export type BookingState = 'active' | 'checkedIn' | 'cancelled' | 'cancelledByAdmin' | 'released';

export function bookingState(booking: Pick<Booking, 'cancelledAt' | 'cancelReason' | 'checkedInAt'>): BookingState {
  if (booking.cancelledAt !== null) {
    if (booking.cancelReason === 'no_show') return 'released';
    return booking.cancelReason === 'admin' ? 'cancelledByAdmin' : 'cancelled';
  }
  return booking.checkedInAt !== null ? 'checkedIn' : 'active';
}

/**
 * The range of "My bookings": everything that can still be booked ahead, and as much of the past as
 * fits into one request (up to 30 days).
 */
export function myBookingsWindow(now: Date, maxDaysAhead: number): { from: string; to: string } {
  const aheadDays = Math.min(Math.max(maxDaysAhead, 0) + 1, MAX_WINDOW_DAYS - 1);
  const backDays = Math.min(30, MAX_WINDOW_DAYS - aheadDays);
  return {
    from: new Date(now.getTime() - backDays * DAY_MS).toISOString(),
    to: new Date(now.getTime() + aheadDays * DAY_MS).toISOString(),
  };
}
