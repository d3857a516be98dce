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

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * Days already built, by zone, date and that day's hours: a day never changes, and building one
 * asks the time zone database a few times (a year of them took ~300 ms of CPU per analytics request
 * before they were kept). Bounded; cleared when full.
 */
const built = new Map<string, LocalDay>();
const BUILT_LIMIT = 50_000;

export function localDay(date: string, timezone: string, hours: OpeningHours): LocalDay {
  const weekday = ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
  const day = hours[weekdayKey(weekday)];
  const key = `${timezone}|${date}|${day ? `${day.open}-${day.close}` : 'closed'}`;
  let result = built.get(key);
  if (!result) {
    if (built.size >= BUILT_LIMIT) built.clear();
    built.set(key, (result = buildLocalDay(date, timezone, day)));
  }
  return result;
}

function buildLocalDay(date: string, timezone: string, day: OpeningHours[keyof OpeningHours]): LocalDay {
  const start = DateTime.fromISO(date, { zone: timezone }).startOf('day');
  const end = start.plus({ days: 1 });
  const [startMs, endMs] = [start.toMillis(), end.toMillis()];
  // A wall-clock time, not an offset from midnight: 08:00 is 08:00 also on the day the clocks change.
  const wall = (hhmm: string) => (hhmm === '24:00' ? endMs : DateTime.fromISO(`${date}T${hhmm}`, { zone: timezone }).toMillis());
  const openMs = day ? wall(day.open) : startMs;
  const closeMs = day ? Math.max(openMs, wall(day.close)) : openMs;
  return { date, weekday: start.weekday, startMs, endMs, openMs, closeMs, hours: clockHours(start, end) };
}

/** The day's clock hours; only a day the clocks change on needs the zone database for them. */
function clockHours(start: DateTime, end: DateTime): LocalDay['hours'] {
  const [startMs, endMs] = [start.toMillis(), end.toMillis()];
  if (endMs - startMs === DAY_MS && start.hour === 0) {
    return Array.from({ length: 24 }, (_, hour) => ({ hour, startMs: startMs + hour * HOUR_MS, endMs: startMs + (hour + 1) * HOUR_MS }));
  }
  const hours: LocalDay['hours'] = [];
  for (let t = start; t < end; t = t.plus({ hours: 1 })) {
    hours.push({ hour: t.hour, startMs: t.toMillis(), endMs: Math.min(t.plus({ hours: 1 }).toMillis(), endMs) });
  }
  return hours;
}

/** The local days from `from` to `to` (inclusive), in order. */
export function localDays(from: string, to: string, timezone: string, hours: OpeningHours): LocalDay[] {
  const days: LocalDay[] = [];
  for (let date = from; date <= to; date = shiftDate(date, 1)) days.push(localDay(date, timezone, hours));
  return days;
}

/** A date (YYYY-MM-DD) `days` later, or earlier when negative: calendar arithmetic, no time zone. */
export const shiftDate = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** The last day of a month (YYYY-MM). */
export function lastDayOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** The first and last whole month (YYYY-MM) inside from..to, or null when none fits. */
export function wholeMonths(from: string, to: string): { first: string; last: string } | null {
  const first = from.endsWith('-01') ? from.slice(0, 7) : shiftDate(lastDayOfMonth(from.slice(0, 7)), 1).slice(0, 7);
  const last = lastDayOfMonth(to.slice(0, 7)) === to ? to.slice(0, 7) : shiftDate(`${to.slice(0, 7)}-01`, -1).slice(0, 7);
  return first <= last ? { first, last } : null;
}

/** The local date of an instant. */
export const localDate = (at: Date, timezone: string): string => DateTime.fromJSDate(at, { zone: timezone }).toISODate()!;

/** Days from `from` to `to`, inclusive; NaN when either is not a real date. */
export function daysInRange(from: string, to: string): number {
  const a = DateTime.fromISO(from, { zone: 'utc' });
  const b = DateTime.fromISO(to, { zone: 'utc' });
  return a.isValid && b.isValid ? b.diff(a, 'days').days + 1 : NaN;
}
