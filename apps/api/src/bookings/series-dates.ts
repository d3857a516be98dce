import { DateTime } from 'luxon';

/** The most occurrences one series may have: one request, one transaction holding the desk's lock. */
export const MAX_SERIES_OCCURRENCES = 100;
export const MAX_SERIES_WEEKS = 52;

/** Which days a series covers: weekdays over a number of weeks, or a list of local dates. */
export type SeriesPattern = { weekdays: readonly number[]; weeks: number } | { days: readonly string[] };

export interface Occurrence {
  /** The local date (YYYY-MM-DD) in the location's time zone. */
  date: string;
  startsAt: Date;
  endsAt: Date;
}

/**
 * The local dates of a series. Weekdays (ISO: 1 = Monday … 7) over `weeks` weeks counted from the
 * week (Monday to Sunday) of the first occurrence, without the dates before it; or the listed days.
 * Sorted and each date once.
 */
export function seriesDates(first: string, pattern: SeriesPattern): string[] {
  if ('days' in pattern) return [...new Set(pattern.days)].sort();
  const firstDay = DateTime.fromISO(first, { zone: 'utc' });
  const monday = firstDay.startOf('week');
  const dates: string[] = [];
  const weekdays = [...new Set(pattern.weekdays)].sort((a, b) => a - b);
  for (let week = 0; week < pattern.weeks; week++) {
    for (const weekday of weekdays) {
      const day = monday.plus({ weeks: week, days: weekday - 1 });
      if (day >= firstDay) dates.push(day.toISODate()!);
    }
  }
  return dates;
}

/**
 * Every occurrence at the first one's local wall-clock times, in the location's time zone: 08:00–16:00
 * in Berlin stays 08:00–16:00 across a change to or from summer time (the UTC instants move). A time
 * that a spring change skips moves forward by the gap, as Luxon does.
 */
export function seriesOccurrences(startsAt: Date, endsAt: Date, timezone: string, pattern: SeriesPattern): Occurrence[] {
  const start = DateTime.fromJSDate(startsAt, { zone: timezone });
  const end = DateTime.fromJSDate(endsAt, { zone: timezone });
  const endDayOffset = Math.round(end.startOf('day').diff(start.startOf('day'), 'days').days);
  const wallClock = (t: DateTime) => ({ hour: t.hour, minute: t.minute, second: t.second, millisecond: t.millisecond });
  return seriesDates(start.toISODate()!, pattern).map((date) => {
    const day = DateTime.fromISO(date, { zone: timezone });
    return {
      date,
      startsAt: day.set(wallClock(start)).toJSDate(),
      endsAt: day.plus({ days: endDayOffset }).set(wallClock(end)).toJSDate(),
    };
  });
}

/** The local date of an instant in a time zone. */
export function localDate(at: Date, timezone: string): string {
  return DateTime.fromJSDate(at, { zone: timezone }).toISODate()!;
}

/** The instant a local date begins in a time zone. */
export function startOfLocalDate(date: string, timezone: string): Date {
  return DateTime.fromISO(date, { zone: timezone }).startOf('day').toJSDate();
}
