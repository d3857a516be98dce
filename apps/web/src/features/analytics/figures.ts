import { DateTime } from 'luxon';
import type { Granularity } from './types';

/**
 * What the screen shows for one figure of the API. A null figure is either withheld (its row is
 * `suppressed`: computed from fewer bookings than the organization's minimum group size) or has nothing
 * to be computed from (a rate over no check-ins). Neither is ever shown as 0.
 */
export type Figure = { kind: 'value'; value: number } | { kind: 'withheld' } | { kind: 'none' };

export function figureOf(value: number | null | undefined, suppressed: boolean): Figure {
  if (value !== null && value !== undefined) return { kind: 'value', value };
  return suppressed ? { kind: 'withheld' } : { kind: 'none' };
}

/** "42 %" / "42 %": a rate of 0…1 in whole percent (one decimal below 10 %, so 0.4 % is not "0 %"). */
export function formatPercent(rate: number, locale: string): string {
  const digits = rate > 0 && rate < 0.1 ? 1 : 0;
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(rate);
}

/** A count or an average ("12", "3.5"), at most one decimal. */
export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

/** A rate as the charts plot it: percent, or null (a gap) when withheld or undefined. */
export function percentPoint(rate: number | null): number | null {
  return rate === null ? null : Math.round(rate * 1000) / 10;
}

/** "Tue, 3 Mar 2026": a local day of the API ("YYYY-MM-DD"). */
export function formatDay(day: string, locale: string): string {
  return DateTime.fromISO(day, { zone: 'UTC' })
    .setLocale(locale)
    .toLocaleString({ weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
}

/**
 * The label of a trend period, from its first day: "3 Mar" (a day), "3 Mar" (the week starting that
 * Monday; the axis title says weeks) or "Mar 2026" (a month).
 */
export function formatPeriod(period: string, granularity: Granularity, locale: string): string {
  const start = DateTime.fromISO(period, { zone: 'UTC' }).setLocale(locale);
  if (granularity === 'month') return start.toLocaleString({ month: 'short', year: 'numeric' });
  return start.toLocaleString({ day: 'numeric', month: 'short' });
}

/** "7 Dec 2026, 14:00": when the figures were computed, on the location's clock. */
export function formatRefreshedAt(instant: string, zone: string, locale: string): string {
  const time = DateTime.fromISO(instant).setZone(zone);
  return (time.isValid ? time : DateTime.fromISO(instant).toUTC()).setLocale(locale).toLocaleString(DateTime.DATETIME_MED);
}

/** The right-sizing card's figures, when all of them may be shown. */
export interface RightSizing {
  max: number;
  p95: number;
  bookable: number;
}

export function rightSizingOf(desksNeeded: { max: number | null; p95: number | null }, bookableDesks: number): RightSizing | null {
  if (desksNeeded.max === null || desksNeeded.p95 === null) return null;
  return { max: desksNeeded.max, p95: desksNeeded.p95, bookable: bookableDesks };
}
