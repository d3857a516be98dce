import type { OfficeLocation, OpeningHours } from '../../api/types';
import type { ValidationKey } from '../../forms/validators';
import { HH_MM, minutesOfDay, type Weekday, WEEKDAYS } from '../places';

export interface DayHoursForm {
  open: boolean;
  from: string;
  to: string;
}

export interface LocationFormValues {
  name: string;
  address: string;
  timezone: string;
  hours: Record<Weekday, DayHoursForm>;
}

/** A new location starts like the API's default: Monday to Friday, 08:00–18:00. */
const WORKDAY: DayHoursForm = { open: true, from: '08:00', to: '18:00' };
const CLOSED_DAY: DayHoursForm = { ...WORKDAY, open: false };

export function locationFormValues(location: OfficeLocation | null, defaultZone: string): LocationFormValues {
  const hours = Object.fromEntries(
    WEEKDAYS.map((day) => {
      if (!location) return [day, day === 'sat' || day === 'sun' ? CLOSED_DAY : WORKDAY];
      const dayHours = location.openingHours[day];
      return [day, dayHours ? { open: true, from: dayHours.open, to: dayHours.close } : CLOSED_DAY];
    }),
  ) as Record<Weekday, DayHoursForm>;
  return {
    name: location?.name ?? '',
    address: location?.address ?? '',
    timezone: location?.timezone ?? defaultZone,
    hours,
  };
}

export function openingHoursOf(values: LocationFormValues): OpeningHours {
  return Object.fromEntries(
    WEEKDAYS.map((day) => {
      const { open, from, to } = values.hours[day];
      return [day, open ? { open: from.trim(), close: to.trim() } : null];
    }),
  ) as OpeningHours;
}

/** "HH:MM" (24:00 for midnight at the end), and closing after opening. Closed days need nothing. */
export function checkDayHours(day: DayHoursForm): { field: 'from' | 'to'; key: ValidationKey } | null {
  if (!day.open) return null;
  if (!HH_MM.test(day.from.trim())) return { field: 'from', key: 'validation.timeOfDay' };
  if (!HH_MM.test(day.to.trim())) return { field: 'to', key: 'validation.timeOfDay' };
  return minutesOfDay(day.from.trim()) < minutesOfDay(day.to.trim()) ? null : { field: 'to', key: 'validation.closesAfterOpening' };
}

/** The IANA zones this browser knows, with UTC (some browsers leave it out of the list). */
export function timeZoneOptions(): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
