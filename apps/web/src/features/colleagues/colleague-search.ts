import { DateTime } from 'luxon';
import type { ColleagueBooking } from '../../api/types';

/** The API looks names up from two characters on (GET /colleagues `q`: 2 to 100). */
export const MIN_QUERY_LENGTH = 2;
export const MAX_QUERY_LENGTH = 100;

/** The text to search for, or null while it is too short to ask. */
export function searchText(input: string): string | null {
  const text = input.trim();
  return text.length >= MIN_QUERY_LENGTH ? text.slice(0, MAX_QUERY_LENGTH) : null;
}

/** Today as "YYYY-MM-DD" in the browser's time zone, the search's default day. */
export function todayLocal(now: Date = new Date()): string {
  return DateTime.fromJSDate(now).toISODate() ?? now.toISOString().slice(0, 10);
}

/** "09:00–17:00" in the location's time zone and the person's locale. */
export function timeRange(booking: Pick<ColleagueBooking, 'startsAt' | 'endsAt'>, zone: string, locale: string): string {
  const format = (iso: string) => DateTime.fromISO(iso, { zone }).setLocale(locale).toLocaleString(DateTime.TIME_SIMPLE);
  return `${format(booking.startsAt)}–${format(booking.endsAt)}`;
}
