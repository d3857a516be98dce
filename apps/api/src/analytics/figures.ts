import { DateTime } from 'luxon';
import type { DeskFiguresDto, Granularity, HeatmapCellDto, UtilizationPointDto, UtilizationSummaryDto } from './dto/analytics.dto.js';
import type { ScopeUsage } from './day-usage.js';
import { openingMinutes, type LocalDay } from './local-days.js';

/** A day of the range with what it is divided by: the desks bookable (and existing) that day. */
export interface DayFacts {
  day: LocalDay;
  bookableDesks: number;
  totalDesks: number;
  usage: Usage | undefined;
}
export type Usage = Omit<ScopeUsage, 'floorId' | 'zone'>;

/**
 * Privacy by construction (DESIGN.md "Utilization analytics"): a figure computed from fewer than
 * `minGroupSize` bookings is withheld (1 turns this off). Zero counts too: showing 0 while withholding 1…k−1 would tell
 * that somebody came.
 */
const isShown = (basis: number, minGroupSize: number) => minGroupSize <= 1 || basis >= minGroupSize;

class Withholding {
  suppressed = false;
  constructor(private readonly minGroupSize: number) {}
  /** `value`, or null when its basis is too small; an undefined figure (null) is not a withheld one. */
  figure<T>(value: T, basis: number): T | null {
    if (value === null || isShown(basis, this.minGroupSize)) return value;
    this.suppressed = true;
    return null;
  }
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
const ratio = (part: number, whole: number): number | null => (whole > 0 ? round(part / whole, 4) : null);
const hours = (minutes: number) => round(minutes / 60, 2);
const isOpen = (d: DayFacts) => openingMinutes(d.day) > 0;
const ZERO: Usage = {
  bookings: 0,
  bookedMinutes: 0,
  desksUsed: 0,
  peakConcurrent: 0,
  checkIns: 0,
  noShows: 0,
  cancellations: 0,
  hourlyDesks: [],
  leadTimes: {},
};
const usageOf = (d: DayFacts): Usage => d.usage ?? ZERO;

interface Totals {
  bookings: number;
  bookedMinutes: number;
  availableMinutes: number;
  desksUsed: number;
  bookableDeskDays: number;
  checkIns: number;
  noShows: number;
  cancellations: number;
  peak: number;
}

function totals(days: readonly DayFacts[]): Totals {
  const t: Totals = {
    bookings: 0,
    bookedMinutes: 0,
    availableMinutes: 0,
    desksUsed: 0,
    bookableDeskDays: 0,
    checkIns: 0,
    noShows: 0,
    cancellations: 0,
    peak: 0,
  };
  for (const d of days) {
    const u = usageOf(d);
    t.bookings += u.bookings;
    t.bookedMinutes += u.bookedMinutes;
    t.availableMinutes += d.bookableDesks * openingMinutes(d.day);
    if (isOpen(d)) {
      t.desksUsed += u.desksUsed;
      t.bookableDeskDays += d.bookableDesks;
    }
    t.checkIns += u.checkIns;
    t.noShows += u.noShows;
    t.cancellations += u.cancellations;
    t.peak = Math.max(t.peak, u.peakConcurrent);
  }
  return t;
}

/** The figures of occupancy every answer over days shares: the series' points and the summary. */
function occupancy(t: Totals, w: Withholding) {
  return {
    bookings: w.figure(t.bookings, t.bookings),
    bookedHours: w.figure(hours(t.bookedMinutes), t.bookings),
    availableHours: hours(t.availableMinutes),
    occupancyRate: w.figure(ratio(t.bookedMinutes, t.availableMinutes), t.bookings),
    deskDayOccupancy: w.figure(ratio(t.desksUsed, t.bookableDeskDays), t.bookings),
    peakConcurrent: w.figure(t.peak, t.bookings),
  };
}

const periodOf = (date: string, granularity: Granularity): string => {
  const d = DateTime.fromISO(date, { zone: 'utc' });
  if (granularity === 'week') return d.startOf('week').toISODate()!;
  if (granularity === 'month') return d.startOf('month').toISODate()!;
  return date;
};

/** The utilization series: one point per day, ISO week (from Monday) or month, in order. */
export function utilizationSeries(days: readonly DayFacts[], granularity: Granularity, minGroupSize: number): UtilizationPointDto[] {
  const periods = new Map<string, DayFacts[]>();
  for (const d of days) {
    const key = periodOf(d.day.date, granularity);
    periods.set(key, [...(periods.get(key) ?? []), d]);
  }
  return [...periods].map(([period, inPeriod]) => {
    const t = totals(inPeriod);
    const w = new Withholding(minGroupSize);
    const figures = {
      period,
      ...occupancy(t, w),
      checkIns: w.figure(t.checkIns, t.bookings),
      noShows: w.figure(t.noShows, t.bookings),
    };
    return { ...figures, suppressed: w.suppressed };
  });
}

/**
 * Weekday × hour: desks booked during the hour, averaged over the range's days of that weekday, and
 * that ÷ the desks bookable on them. Only hours the location is open on that weekday have a cell.
 * The basis of a cell is its desk-hours, which never exceeds the bookings behind it, so withholding
 * by it withholds at least as much as the rule asks.
 */
export function heatmap(days: readonly DayFacts[], minGroupSize: number): HeatmapCellDto[] {
  const cells = new Map<string, { weekday: number; hour: number; days: Set<string>; booked: number; bookable: number }>();
  for (const d of days) {
    if (!isOpen(d)) continue;
    const hourly = usageOf(d).hourlyDesks;
    for (const h of d.day.hours) {
      if (h.startMs >= d.day.closeMs || h.endMs <= d.day.openMs) continue;
      const key = `${d.day.weekday}:${h.hour}`;
      const cell = cells.get(key) ?? { weekday: d.day.weekday, hour: h.hour, days: new Set<string>(), booked: 0, bookable: 0 };
      if (!cell.days.has(d.day.date)) {
        cell.days.add(d.day.date);
        cell.booked += hourly[h.hour] ?? 0;
        cell.bookable += d.bookableDesks;
      }
      cells.set(key, cell);
    }
  }
  return [...cells.values()]
    .sort((a, b) => a.weekday - b.weekday || a.hour - b.hour)
    .map((c) => {
      const w = new Withholding(minGroupSize);
      return {
        weekday: c.weekday,
        hour: c.hour,
        avgBookedDesks: w.figure(round(c.booked / c.days.size, 2), c.booked),
        occupancyRate: w.figure(ratio(c.booked, c.bookable), c.booked),
        suppressed: w.suppressed,
      };
    });
}

/** The summary's figures; the service adds the desks, the group size and the refresh time. */
export type Summary = Omit<UtilizationSummaryDto, 'bookableDesks' | 'totalDesks' | 'minGroupSize' | 'refreshedAt'>;

/** The KPI figures of a range, with right-sizing: the desks the busiest day and 95 % of open days needed. */
export function summary(days: readonly DayFacts[], minGroupSize: number): Summary {
  const t = totals(days);
  const open = days.filter(isOpen);
  const w = new Withholding(minGroupSize);
  const peaks = open.map((d) => usageOf(d).peakConcurrent);
  const peakDay = open.find((d) => usageOf(d).peakConcurrent === t.peak && t.peak > 0)?.day.date ?? null;
  const perOpenDay = (value: number) => (open.length ? round(value / open.length, 2) : null);
  const bookableDeskDays = open.reduce((sum, d) => sum + d.bookableDesks, 0);
  const notBookableDeskDays = open.reduce((sum, d) => sum + d.totalDesks - d.bookableDesks, 0);
  const booked = perOpenDay(t.desksUsed);
  const figures = {
    openDays: open.length,
    ...occupancy(t, w),
    peakDay: w.figure(peakDay, t.bookings),
    avgDailyPeak: w.figure(perOpenDay(peaks.reduce((a, b) => a + b, 0)), t.bookings),
    avgDailyBookings: w.figure(perOpenDay(t.bookings), t.bookings),
    checkInRate: w.figure(ratio(t.checkIns, t.bookings), t.bookings),
    noShowRate: w.figure(ratio(t.noShows, t.checkIns + t.noShows), t.checkIns + t.noShows),
    cancellationRate: w.figure(ratio(t.cancellations, t.bookings + t.cancellations), t.bookings + t.cancellations),
    medianLeadTimeDays: w.figure(median(days), t.bookings),
    desksNeeded: {
      max: w.figure(peaks.length ? Math.max(...peaks) : null, t.bookings),
      p95: w.figure(percentile(peaks, 0.95), t.bookings),
    },
    availability: {
      booked: w.figure(booked, t.bookings),
      free: w.figure(booked === null ? null : round(bookableDeskDays / open.length - booked, 2), t.bookings),
      notBookable: perOpenDay(notBookableDeskDays) ?? 0,
    },
  };
  return { ...figures, suppressed: w.suppressed };
}

/** Nearest-rank percentile: the smallest value that at least `p` of the values do not exceed. */
export function percentile(values: readonly number[], p: number): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
}

/** The median lead time over the merged per-day histograms (the lower middle for an even count). */
function median(days: readonly DayFacts[]): number | null {
  const histogram = new Map<number, number>();
  let count = 0;
  for (const d of days) {
    for (const [lead, n] of Object.entries(usageOf(d).leadTimes)) {
      histogram.set(Number(lead), (histogram.get(Number(lead)) ?? 0) + n);
      count += n;
    }
  }
  if (!count) return null;
  let seen = 0;
  for (const lead of [...histogram.keys()].sort((a, b) => a - b)) {
    seen += histogram.get(lead)!;
    if (seen * 2 >= count) return lead;
  }
  return null;
}

export interface DeskTotals {
  deskId: string;
  label: string;
  zone: string | null;
  x: number;
  y: number;
  bookable: boolean;
  bookings: number;
  bookedMinutes: number;
  /** Opening minutes of the range's days on which the desk was bookable. */
  availableMinutes: number;
}

/**
 * Desk popularity: most booked hours first, ties sharing a rank (1, 1, 3). A withheld desk has no
 * rank and comes last, by label: its place in the ranking would tell what its figures would.
 */
export function deskRanking(desks: readonly DeskTotals[], minGroupSize: number): DeskFiguresDto[] {
  const shown = desks
    .filter((d) => isShown(d.bookings, minGroupSize))
    .sort((a, b) => b.bookedMinutes - a.bookedMinutes || a.label.localeCompare(b.label));
  const withheld = desks.filter((d) => !isShown(d.bookings, minGroupSize)).sort((a, b) => a.label.localeCompare(b.label));
  const base = (d: DeskTotals) => ({ deskId: d.deskId, label: d.label, zone: d.zone, x: d.x, y: d.y, bookable: d.bookable });
  return [
    ...shown.map((d, i) => ({
      ...base(d),
      rank: shown.findIndex((other) => other.bookedMinutes === d.bookedMinutes) + 1 || i + 1,
      bookings: d.bookings,
      bookedHours: hours(d.bookedMinutes),
      occupancyRate: ratio(d.bookedMinutes, d.availableMinutes),
      suppressed: false,
    })),
    ...withheld.map((d) => ({ ...base(d), rank: null, bookings: null, bookedHours: null, occupancyRate: null, suppressed: true })),
  ];
}
