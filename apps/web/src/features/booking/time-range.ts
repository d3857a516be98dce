import { DateTime, IANAZone } from 'luxon';
import type { OpeningHours } from '../../api/types';
import { MINUTES_PER_DAY, minutesOfDay, weekdayOf } from '../places';

/**
 * The time range of the Book page, in the LOCATION's time zone: a calendar day ("YYYY-MM-DD") and
 * start/end as minutes of that day (end may be 1440, "24:00"). The API judges slots, opening hours and
 * "days ahead" on the location's clock, so the page does the same.
 */

export interface BookingLimits {
  slotMinutes: number;
  maxDaysAhead: number;
  maxDurationMinutes: number;
}

/** What the person picked; anything missing or no longer valid falls back to the default. */
export interface TimeRangeChoice {
  date?: string;
  start?: number;
  end?: number;
}

/** `closed`: no opening hours that day; `over`: open, but no bookable slot is left (later today). */
export type DayState = 'open' | 'closed' | 'over';

export interface ResolvedTimeRange {
  date: string;
  minDate: string;
  maxDate: string;
  state: DayState;
  start: number;
  end: number;
  startOptions: number[];
  endOptions: number[];
}

interface DayInput {
  hours: OpeningHours;
  zone: string;
  limits: BookingLimits;
  now: Date;
}

/** A zone luxon knows; an unknown one would make every date invalid, so UTC stands in. */
export function safeZone(zone: string): string {
  return IANAZone.isValidZone(zone) ? zone : 'UTC';
}

function isoDate(dateTime: DateTime): string {
  return dateTime.toISODate() ?? '';
}

export function startOfDay(date: string, zone: string): DateTime {
  return DateTime.fromISO(date, { zone: safeZone(zone) }).startOf('day');
}

export function todayIn(zone: string, now: Date): string {
  return isoDate(DateTime.fromJSDate(now, { zone: safeZone(zone) }));
}

export function addDays(date: string, days: number, zone: string): string {
  return isoDate(startOfDay(date, zone).plus({ days }));
}

export function snapUp(minutes: number, slot: number): number {
  return Math.ceil(minutes / slot) * slot;
}

export function snapDown(minutes: number, slot: number): number {
  return Math.floor(minutes / slot) * slot;
}

function steps(from: number, to: number, step: number): number[] {
  const values: number[] = [];
  for (let value = from; value <= to; value += step) values.push(value);
  return values;
}

/** The opening hours of that day on the slot grid (open rounded up, close down), or null when closed. */
export function openingOn(hours: OpeningHours, date: string, zone: string, slot: number): { open: number; close: number } | null {
  const day = hours[weekdayOf(startOfDay(date, zone).weekday)];
  if (!day) return null;
  const open = snapUp(minutesOfDay(day.open), slot);
  const close = snapDown(minutesOfDay(day.close), slot);
  return open < close ? { open, close } : null;
}

/**
 * Possible starts on that day: every slot from opening until one slot before closing; today not before
 * the slot that is running now (the API still accepts it), earlier days not at all.
 */
export function startOptionsFor(input: DayInput, date: string): number[] {
  const { hours, zone, limits, now } = input;
  const opening = openingOn(hours, date, zone, limits.slotMinutes);
  const today = todayIn(zone, now);
  if (!opening || date < today) return [];
  let earliest = opening.open;
  if (date === today) {
    const local = DateTime.fromJSDate(now, { zone: safeZone(zone) });
    earliest = Math.max(earliest, snapDown(local.hour * 60 + local.minute, limits.slotMinutes));
  }
  return steps(earliest, opening.close - limits.slotMinutes, limits.slotMinutes);
}

/** Possible ends after `start`: up to closing and at most the longest booking allowed (never none). */
export function endOptionsFor(start: number, close: number, limits: BookingLimits): number[] {
  const slot = limits.slotMinutes;
  const latest = Math.min(close, start + Math.max(snapDown(limits.maxDurationMinutes, slot), slot));
  return steps(start + slot, latest, slot);
}

/** The next (or previous) day with opening hours within [min, max], or null. */
export function shiftWorkingDay(input: DayInput, date: string, direction: 1 | -1, bounds: { min: string; max: string }): string | null {
  for (let day = addDays(date, direction, input.zone); day >= bounds.min && day <= bounds.max; day = addDays(day, direction, input.zone)) {
    if (openingOn(input.hours, day, input.zone, input.limits.slotMinutes)) return day;
  }
  return null;
}

/** Today while it still has a bookable slot, otherwise the next working day that can be booked. */
function defaultDate(input: DayInput, today: string, maxDate: string): string {
  if (startOptionsFor(input, today).length > 0) return today;
  return shiftWorkingDay(input, today, 1, { min: today, max: maxDate }) ?? today;
}

/**
 * The range the page shows: the person's choice where it is still valid, else the defaults — the full
 * opening hours of the day (from the running slot on today), cut to the longest booking allowed.
 */
export function resolveTimeRange(input: DayInput & { choice: TimeRangeChoice }): ResolvedTimeRange {
  const { zone, limits, choice } = input;
  const minDate = todayIn(zone, input.now);
  const maxDate = addDays(minDate, limits.maxDaysAhead, zone);
  const date =
    choice.date !== undefined && choice.date >= minDate && choice.date <= maxDate ? choice.date : defaultDate(input, minDate, maxDate);
  const empty = { date, minDate, maxDate, start: 0, end: 0, startOptions: [], endOptions: [] };
  const opening = openingOn(input.hours, date, zone, limits.slotMinutes);
  if (!opening) return { ...empty, state: 'closed' };
  const startOptions = startOptionsFor(input, date);
  if (startOptions.length === 0) return { ...empty, state: 'over' };
  const start = choice.start !== undefined && startOptions.includes(choice.start) ? choice.start : startOptions[0];
  const endOptions = endOptionsFor(start, opening.close, limits);
  const end = choice.end !== undefined && endOptions.includes(choice.end) ? choice.end : endOptions[endOptions.length - 1];
  return { date, minDate, maxDate, state: 'open', start, end, startOptions, endOptions };
}

function atMinutes(date: string, minutes: number, zone: string): DateTime {
  const day = startOfDay(date, zone);
  // Wall-clock time (not elapsed minutes), so 09:00 stays 09:00 on the days the clocks change.
  return minutes >= MINUTES_PER_DAY ? day.plus({ days: 1 }) : day.set({ hour: Math.floor(minutes / 60), minute: minutes % 60 });
}

/** The API's instants (UTC ISO) for a day and minutes in the location's time zone. */
export function rangeInstants(date: string, start: number, end: number, zone: string): { from: string; to: string } {
  const iso = (minutes: number) => atMinutes(date, minutes, zone).toUTC().toISO({ suppressMilliseconds: true }) ?? '';
  return { from: iso(start), to: iso(end) };
}

/** Every calendar day from `min` to `max` ("YYYY-MM-DD", both included): the days the date picker offers. */
export function daysFrom(min: string, max: string): string[] {
  const days: string[] = [];
  const last = DateTime.fromISO(max, { zone: 'UTC' });
  for (let day = DateTime.fromISO(min, { zone: 'UTC' }); day <= last && days.length <= 400; day = day.plus({ days: 1 })) {
    days.push(day.toISODate() ?? '');
  }
  return days;
}
