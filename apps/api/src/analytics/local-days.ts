import { DateTime } from 'luxon';
import { weekdayKey, type OpeningHours } from '../places/opening-hours.js';

/**
 * One local day of a location, as instants: its bounds and its opening hours. Built with the
 * location's time zone, so a day has 23 or 25 hours where the clocks change and opening minutes
 * are the minutes that really passed.
 */
export interface LocalDay {
  /** YYYY-MM-DD in the location's time zone. */
  date: string;
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
  startMs: number;
  endMs: number;
  /** Opening hours as instants; equal when the location is closed that day. */
  openMs: number;
  closeMs: number;
  /** The day's clock hours as instants: 23, 24 or 25 of them where the clocks change. */
  hours: { hour: number; startMs: number; endMs: number }[];
}

export const openingMinutes = (day: LocalDay): number => (day.closeMs - day.openMs) / 60_000;

/** Most days one range may span (24 months). */
export const MAX_RANGE_DAYS = 731;

export function localDay(date: string, timezone: string, hours: OpeningHours): LocalDay {
  const start = DateTime.fromISO(date, { zone: timezone }).startOf('day');
  const end = start.plus({ days: 1 });
  const day = hours[weekdayKey(start.weekday)];
  // A wall-clock time, not an offset from midnight: 08:00 is 08:00 also on the day the clocks change.
  const wall = (hhmm: string) => (hhmm === '24:00' ? end : DateTime.fromISO(`${date}T${hhmm}`, { zone: timezone }));
  const openMs = day ? wall(day.open).toMillis() : start.toMillis();
  const closeMs = day ? Math.max(openMs, wall(day.close).toMillis()) : openMs;
  const clockHours: LocalDay['hours'] = [];
  for (let t = start; t < end; t = t.plus({ hours: 1 })) {
    clockHours.push({ hour: t.hour, startMs: t.toMillis(), endMs: Math.min(t.plus({ hours: 1 }).toMillis(), end.toMillis()) });
  }
  return { date, weekday: start.weekday, startMs: start.toMillis(), endMs: end.toMillis(), openMs, closeMs, hours: clockHours };
}

/** The local days from `from` to `to` (inclusive), in order. */
export function localDays(from: string, to: string, timezone: string, hours: OpeningHours): LocalDay[] {
  const days: LocalDay[] = [];
  for (let d = DateTime.fromISO(from); d <= DateTime.fromISO(to); d = d.plus({ days: 1 })) {
    days.push(localDay(d.toISODate()!, timezone, hours));
  }
  return days;
}

/** The local date of an instant. */
export const localDate = (at: Date, timezone: string): string => DateTime.fromJSDate(at, { zone: timezone }).toISODate()!;

/** Days from `from` to `to`, inclusive; NaN when either is not a real date. */
export function daysInRange(from: string, to: string): number {
  const a = DateTime.fromISO(from, { zone: 'utc' });
  const b = DateTime.fromISO(to, { zone: 'utc' });
  return a.isValid && b.isValid ? b.diff(a, 'days').days + 1 : NaN;
}
