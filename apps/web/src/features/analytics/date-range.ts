import { DateTime } from 'luxon';
import type { Granularity } from './types';

/**
 * The dashboard's range: local days of the location ("YYYY-MM-DD"), both inclusive, as the API takes
 * them. Presets end today, in the location's time zone.
 */
export interface DayRange {
  from: string;
  to: string;
}

export const RANGE_PRESETS = ['last4Weeks', 'lastQuarter', 'lastYear'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

/** The API answers at most 24 months. */
export const MAX_RANGE_MONTHS = 24;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function day(value: string): DateTime | null {
  if (!DAY.test(value)) return null;
  const parsed = DateTime.fromISO(value, { zone: 'UTC' });
  return parsed.isValid ? parsed : null;
}

function iso(value: DateTime): string {
  return value.toISODate() ?? '';
}

/** Today's date at a location. */
export function todayIn(zone: string, now: Date = new Date()): string {
  const local = DateTime.fromJSDate(now, { zone });
  return iso(local.isValid ? local : DateTime.fromJSDate(now, { zone: 'UTC' }));
}

/** Four whole weeks, three months or twelve months, ending with `today`. */
export function presetRange(preset: RangePreset, today: string): DayRange {
  const end = day(today) ?? DateTime.utc().startOf('day');
  const start =
    preset === 'last4Weeks' ? end.minus({ days: 27 }) : end.minus({ months: preset === 'lastQuarter' ? 3 : 12 }).plus({ days: 1 });
  return { from: iso(start), to: iso(end) };
}

/** Which preset a range is, to mark its button as chosen. */
export function presetOf(range: DayRange, today: string): RangePreset | null {
  return (
    RANGE_PRESETS.find((preset) => {
      const candidate = presetRange(preset, today);
      return candidate.from === range.from && candidate.to === range.to;
    }) ?? null
  );
}

export type RangeProblem = 'incomplete' | 'reversed' | 'tooLong';

/** Why the API would refuse the range, or null when it is fine. */
export function rangeProblem(range: DayRange): RangeProblem | null {
  const from = day(range.from);
  const to = day(range.to);
  if (!from || !to) return 'incomplete';
  if (to < from) return 'reversed';
  if (to > from.plus({ months: MAX_RANGE_MONTHS })) return 'tooLong';
  return null;
}

/** Days in the range, both ends included; 0 when it is not a range. */
export function daysIn(range: DayRange): number {
  const from = day(range.from);
  const to = day(range.to);
  if (!from || !to || to < from) return 0;
  return Math.round(to.diff(from, 'days').days) + 1;
}

/**
 * A readable number of points for the trend: days up to about two months, then weeks up to about half
 * a year, then months.
 */
export function autoGranularity(range: DayRange): Granularity {
  const days = daysIn(range);
  if (days <= 62) return 'day';
  if (days <= 190) return 'week';
  return 'month';
}
