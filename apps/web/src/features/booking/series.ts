import type { Schemas } from '@deskbook/api-client';
import { DateTime } from 'luxon';
import { BOOKING_RULES, type BookingRule, type ErrorMessageKey } from '../../api/error-messages';
import type { OpeningHours } from '../../api/types';
import { openingOn, rangeInstants, safeZone, todayIn, addDays } from './time-range';

export type SeriesRefusal = Schemas['SeriesRefusalDto'];
export type BookingSeries = Schemas['BookingSeriesDto'];

/** The most dates one series may have (the API refuses more). */
export const MAX_SERIES_DATES = 100;
export const MAX_SERIES_WEEKS = 52;

/** Which days a series covers: ISO weekdays (1 = Monday) over a number of weeks, or picked dates. */
export type SeriesPattern = { weekdays: readonly number[]; weeks: number } | { days: readonly string[] };

/**
 * The dates the API will try, as it computes them: the chosen weekdays of each week (Monday to
 * Sunday) from the first date's week on, without the dates before the first one; or the picked days,
 * sorted and each once.
 */
export function seriesDates(first: string, pattern: SeriesPattern): string[] {
  if ('days' in pattern) return [...new Set(pattern.days)].sort();
  const firstDay = DateTime.fromISO(first, { zone: 'UTC' });
  if (!firstDay.isValid) return [];
  const monday = firstDay.startOf('week');
  const weekdays = [...new Set(pattern.weekdays)].sort((a, b) => a - b);
  const dates: string[] = [];
  for (let week = 0; week < pattern.weeks; week++) {
    for (const weekday of weekdays) {
      const day = monday.plus({ weeks: week, days: weekday - 1 });
      if (day >= firstDay) dates.push(day.toISODate() ?? '');
    }
  }
  return dates;
}

/** The ISO weekday (1 = Monday … 7) of a date. */
export function isoWeekday(date: string): number {
  return DateTime.fromISO(date, { zone: 'UTC' }).weekday;
}

/** The local date of an instant in a time zone (where a booking's day is). */
export function localDateOf(iso: string, zone: string): string {
  return DateTime.fromISO(iso, { zone: safeZone(zone) }).toISODate() ?? '';
}

/** The dates a series would book that the API did not refuse. */
export function bookableDates(dates: readonly string[], refused: readonly SeriesRefusal[]): string[] {
  const out = new Set(refused.map((r) => r.date));
  return dates.filter((d) => !out.has(d));
}

/**
 * Why one date of a series was refused, in the words a single booking's error would use: the code's
 * own text, or the broken booking rule's.
 */
export function refusalMessageKey(refusal: Pick<SeriesRefusal, 'code' | 'details'>): ErrorMessageKey {
  if (refusal.code === 'DESK_TAKEN' || refusal.code === 'USER_OVERLAP') return `errors.${refusal.code}`;
  if (refusal.code === 'BOOKING_RULE_VIOLATED') {
    const rule: unknown = refusal.details?.rule;
    const known = typeof rule === 'string' && (BOOKING_RULES as readonly string[]).includes(rule);
    return `errors.bookingRule.${known ? (rule as BookingRule) : 'other'}`;
  }
  return 'errors.generic.unknown';
}

/** The refusals of a 409 SERIES_CONFLICT answer's `details`, or none when it is not shaped like one. */
export function conflictRefusals(details: unknown): SeriesRefusal[] {
  const refused = (details as { refused?: unknown } | null | undefined)?.refused;
  if (!Array.isArray(refused)) return [];
  return refused.filter(
    (r): r is SeriesRefusal =>
      typeof r === 'object' && r !== null && typeof (r as SeriesRefusal).date === 'string' && typeof (r as SeriesRefusal).code === 'string',
  );
}

/**
 * "Book my usual desk for tomorrow": tomorrow in the location's time zone, from opening to closing
 * (on the booking grid), or null when the office is closed that day.
 */
export function tomorrowAtUsualDesk(
  hours: OpeningHours,
  zone: string,
  slotMinutes: number,
  now: Date,
): { date: string; from: string; to: string } | null {
  const safe = safeZone(zone);
  const date = addDays(todayIn(safe, now), 1, safe);
  const opening = openingOn(hours, date, safe, slotMinutes);
  if (!opening) return null;
  return { date, ...rangeInstants(date, opening.open, opening.close, safe) };
}
