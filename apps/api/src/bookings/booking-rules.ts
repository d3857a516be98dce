import { DateTime } from 'luxon';
import { minutesOfDay, weekdayKey, type OpeningHours } from '../places/opening-hours.js';
import type { TenantSettings } from '../tenants/settings.js';

/**
 * Names of the rules a booking or its check-in can break: 422 BOOKING_RULE_VIOLATED names one in
 * `details.rule`. The OpenAPI document publishes them as the `BookingRule` enum.
 */
export const BOOKING_RULE_NAMES = [
  'DESK_NOT_BOOKABLE',
  'IN_THE_PAST',
  'TOO_FAR_AHEAD',
  'TOO_LONG',
  'SLOT_BOUNDARY',
  'OUTSIDE_OPENING_HOURS',
  'CHECK_IN_WINDOW',
  'BOOKING_CANCELLED',
] as const;
export type BookingRuleName = (typeof BOOKING_RULE_NAMES)[number];
/** The rules a new booking is judged by (the others concern checking in). */
export type BookingRule = Exclude<BookingRuleName, 'CHECK_IN_WINDOW' | 'BOOKING_CANCELLED'>;

/** Check-in opens this long before a booking starts (and closes at its end). */
export const CHECK_IN_OPENS_BEFORE_MINUTES = 15;

export interface BookingRequest {
  startsAt: Date;
  endsAt: Date;
  now: Date;
  rules: TenantSettings['booking'];
  timezone: string;
  openingHours: OpeningHours;
  bookable: boolean;
}

/**
 * The first booking rule (tenant settings, location hours) a request breaks, or null. Times are
 * judged in the location's time zone: slots, days ahead and opening hours are local notions.
 */
export function violatedBookingRule(r: BookingRequest): BookingRule | null {
  const start = DateTime.fromJSDate(r.startsAt, { zone: r.timezone });
  const end = DateTime.fromJSDate(r.endsAt, { zone: r.timezone });
  const now = DateTime.fromJSDate(r.now, { zone: r.timezone });
  const slot = r.rules.slotMinutes;

  if (!r.bookable) return 'DESK_NOT_BOOKABLE';
  // The slot that is running now may still be booked; anything earlier may not.
  const currentSlotStart = now.startOf('minute').minus({ minutes: (now.hour * 60 + now.minute) % slot });
  if (start < currentSlotStart || end <= now) return 'IN_THE_PAST';
  if (start.startOf('day') > now.startOf('day').plus({ days: r.rules.maxDaysAhead })) return 'TOO_FAR_AHEAD';
  if (end.diff(start, 'minutes').minutes > r.rules.maxDurationMinutes) return 'TOO_LONG';
  if (!onSlot(start, slot) || !onSlot(end, slot)) return 'SLOT_BOUNDARY';
  if (!withinOpeningHours(start, end, r.openingHours)) return 'OUTSIDE_OPENING_HOURS';
  return null;
}

const onSlot = (t: DateTime, slot: number) => t.second === 0 && t.millisecond === 0 && (t.hour * 60 + t.minute) % slot === 0;

function withinOpeningHours(start: DateTime, end: DateTime, hours: OpeningHours): boolean {
  const day = hours[weekdayKey(start.weekday)];
  if (!day) return false;
  const dayStart = start.startOf('day');
  const endMinutes = end.diff(dayStart, 'minutes').minutes;
  const startMinutes = start.diff(dayStart, 'minutes').minutes;
  return startMinutes >= minutesOfDay(day.open) && endMinutes <= minutesOfDay(day.close);
}
