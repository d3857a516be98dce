import { openingMinutes, type LocalDay } from './local-days.js';

/** A desk's bookability over time: its changes in order, the first one at its creation. */
export interface DeskHistory {
  deskId: string;
  changes: { at: number; bookable: boolean }[];
}

/**
 * Whether the desk existed on each day, and whether it was bookable at some moment of it: a desk
 * made unbookable at noon still counts that day, and from the next day on it does not. A desk
 * exists from its first record on (see withFirstBooking for bookings from before it).
 */
export function bookableDays(history: DeskHistory, days: readonly LocalDay[]): { exists: boolean; bookable: boolean }[] {
  const changes = [...history.changes].sort((a, b) => a.at - b.at);
  let next = 0;
  let state: boolean | null = null; // null: not created yet
  return days.map((day) => {
    while (next < changes.length && changes[next].at <= day.startMs) state = changes[next++].bookable;
    let bookable = state === true;
    let exists = state !== null;
    for (let i = next; i < changes.length && changes[i].at < day.endMs; i++) {
      exists = true;
      if (changes[i].bookable) bookable = true;
    }
    return { exists, bookable };
  });
}

/**
 * A desk counts from the day of its first booking when that is earlier than its creation, as it was
 * created: bookings imported from before Deskbook (onto desks created today) are divided by the
 * desks they were made on, while a desk added today leaves the past alone.
 */
export function withFirstBooking(history: DeskHistory, firstBookedDayStart: number | undefined): DeskHistory {
  const first = history.changes[0];
  if (!first || firstBookedDayStart === undefined || firstBookedDayStart >= first.at) return history;
  return { ...history, changes: [{ at: firstBookedDayStart, bookable: first.bookable }, ...history.changes] };
}

/** Per day: how many of these desks existed and how many were bookable; per desk: its bookable opening minutes. */
export function deskCapacity(histories: readonly DeskHistory[], days: readonly LocalDay[]) {
  const bookable = days.map(() => 0);
  const total = days.map(() => 0);
  const availableMinutes = new Map<string, number>();
  for (const history of histories) {
    let minutes = 0;
    bookableDays(history, days).forEach((state, i) => {
      if (state.exists) total[i]++;
      if (state.bookable) {
        bookable[i]++;
        minutes += openingMinutes(days[i]);
      }
    });
    availableMinutes.set(history.deskId, minutes);
  }
  return { bookable, total, availableMinutes };
}
