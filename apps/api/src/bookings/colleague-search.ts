import { DateTime } from 'luxon';
import { bookerVisibility, type BookingVisibility } from './visibility.js';
import type { BookingWindow } from './bookings.repository.js';
import type { DeskPlace } from '../places/places.repositories.js';

/** The colleague search lists at most this many bookings. */
export const MAX_COLLEAGUE_RESULTS = 50;

/** Time zones reach from UTC-12 to UTC+14: a local date lies within these UTC bounds wherever it is. */
const EARLIEST_OFFSET_MS = 14 * 3_600_000;
const LATEST_OFFSET_MS = 12 * 3_600_000;

/** UTC bounds that hold the local day `date` (YYYY-MM-DD) of every time zone; each booking is narrowed by its own zone afterwards. */
export function searchWindow(date: string): { from: Date; to: Date } {
  const midnightUtc = Date.parse(`${date}T00:00:00Z`);
  return { from: new Date(midnightUtc - EARLIEST_OFFSET_MS), to: new Date(midnightUtc + 86_400_000 + LATEST_OFFSET_MS) };
}

/** [start, end) of the local day `date` in `timezone` (23 or 25 hours on a daylight-saving change). */
export function localDayBounds(date: string, timezone: string): { start: Date; end: Date } {
  const start = DateTime.fromISO(date, { zone: timezone }).startOf('day');
  return { start: start.toJSDate(), end: start.plus({ days: 1 }).toJSDate() };
}

export interface ColleagueMatch {
  displayName: string;
  deskId: string;
  deskLabel: string;
  floorId: string;
  floorName: string;
  locationId: string;
  locationName: string;
  startsAt: Date;
  endsAt: Date;
}

/**
 * Where the found people sit on `date`: each booking that overlaps that day in its location's time
 * zone and whose booker visibility.ts shows to the viewer (never their own: they are `mine`), sorted by
 * name, then time, at most MAX_COLLEAGUE_RESULTS. `people` are the people matched by name (opted-out
 * people are not among them).
 */
export function colleagueMatches(input: {
  date: string;
  setting: BookingVisibility;
  viewerUserId: string;
  people: ReadonlyMap<string, string>;
  bookings: readonly BookingWindow[];
  places: ReadonlyMap<string, DeskPlace>;
}): ColleagueMatch[] {
  const { date, setting, viewerUserId, people, bookings, places } = input;
  // Nothing to read under `anonymous`; the rule below would hide every row anyway.
  if (setting === 'anonymous') return [];
  const days = new Map<string, { start: Date; end: Date }>();
  const matches: ColleagueMatch[] = [];
  for (const booking of bookings) {
    const displayName = booking.userId ? people.get(booking.userId) : undefined;
    const place = places.get(booking.deskId);
    if (!displayName || !place) continue;
    if (bookerVisibility(setting, booking, viewerUserId) !== 'shown') continue;
    let day = days.get(place.timezone);
    if (!day) days.set(place.timezone, (day = localDayBounds(date, place.timezone)));
    if (booking.startsAt >= day.end || booking.endsAt <= day.start) continue;
    matches.push({
      displayName,
      deskId: place.deskId,
      deskLabel: place.label,
      floorId: place.floorId,
      floorName: place.floorName,
      locationId: place.locationId,
      locationName: place.locationName,
      startsAt: booking.startsAt,
      endsAt: booking.endsAt,
    });
  }
  return matches
    .sort((a, b) => a.displayName.localeCompare(b.displayName) || a.startsAt.getTime() - b.startsAt.getTime())
    .slice(0, MAX_COLLEAGUE_RESULTS);
}
