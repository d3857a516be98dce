import type { OpeningHours } from '../../api/types';

/** The API's weekday keys, Monday first (luxon's ISO weekday 1 = Monday … 7 = Sunday). */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const satisfies readonly (keyof OpeningHours)[];
export type Weekday = (typeof WEEKDAYS)[number];

export const MINUTES_PER_DAY = 24 * 60;

/** "HH:MM" of the API, with "24:00" for the end of the day. */
export const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

export function weekdayOf(isoWeekday: number): Weekday {
  return WEEKDAYS[isoWeekday - 1];
}

/** "08:30" → 510; "24:00" → 1440. */
export function minutesOfDay(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/** 510 → "08:30"; 1440 → "24:00". */
export function formatHhMm(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  return `${String(hours).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
