import { DateTime } from 'luxon';
import { MINUTES_PER_DAY } from '../places';
import { safeZone } from './time-range';

/** A minute of the day ("09:00", "9:00 AM"); `endOfDay` names 24:00, which clocks write differently. */
export function formatDayMinutes(minutes: number, locale: string, endOfDay: string): string {
  if (minutes >= MINUTES_PER_DAY) return endOfDay;
  return DateTime.fromObject({ hour: Math.floor(minutes / 60), minute: minutes % 60 }, { locale }).toLocaleString(DateTime.TIME_SIMPLE);
}

/**
 * "Tue, Mar 2" / "Di., 2. März": a "YYYY-MM-DD" day of the location, or the day an instant
 * ("…T08:00:00Z") falls on there.
 */
export function formatDay(dayOrInstant: string, zone: string, locale: string): string {
  return DateTime.fromISO(dayOrInstant, { zone: safeZone(zone) })
    .setLocale(locale)
    .toLocaleString({ weekday: 'short', month: 'short', day: 'numeric' });
}

/** "Tuesday, March 2" for headings. */
export function formatLongDay(day: string, zone: string, locale: string): string {
  return DateTime.fromISO(day, { zone: safeZone(zone) })
    .setLocale(locale)
    .toLocaleString({ weekday: 'long', month: 'long', day: 'numeric' });
}

/** The wall-clock time of an instant in a time zone. */
export function formatTime(iso: string, zone: string, locale: string): string {
  return DateTime.fromISO(iso, { zone: safeZone(zone) })
    .setLocale(locale)
    .toLocaleString(DateTime.TIME_SIMPLE);
}

/** The browser's own time zone, to mention the location's only when it differs. */
export function browserZone(): string {
  return DateTime.local().zoneName;
}
