/** Opening hours per weekday in the location's time zone; `null` means closed that day. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export interface DayHours {
  open: string;
  close: string;
}
export type OpeningHours = Record<Weekday, DayHours | null>;

export const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

export function defaultOpeningHours(): OpeningHours {
  const workday = { open: '08:00', close: '18:00' };
  return { mon: workday, tue: workday, wed: workday, thu: workday, fri: workday, sat: null, sun: null };
}

export const minutesOfDay = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Luxon's weekday (1 = Monday … 7 = Sunday) to our key. */
export const weekdayKey = (isoWeekday: number): Weekday => WEEKDAYS[isoWeekday - 1];
