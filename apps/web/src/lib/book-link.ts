import { HOME_PATH } from './paths';

/** A place and day on the Book page, as a link can carry it (all optional: the page falls back to its own defaults). */
export interface BookTarget {
  locationId?: string;
  floorId?: string;
  /** "YYYY-MM-DD" in the location's time zone. */
  date?: string;
  deskId?: string;
}

const PARAMS = { locationId: 'location', floorId: 'floor', date: 'date', deskId: 'desk' } as const satisfies Record<
  keyof BookTarget,
  string
>;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The Book page opened on this place and day ("Show on map" from the colleague search). */
export function bookLink(target: BookTarget): string {
  const params = new URLSearchParams();
  for (const [key, name] of Object.entries(PARAMS) as [keyof BookTarget, string][]) {
    const value = target[key];
    if (value) params.set(name, value);
  }
  const query = params.toString();
  return query ? `${HOME_PATH}?${query}` : HOME_PATH;
}

/** What a Book page address asks for; a malformed day is ignored. */
export function readBookLink(search: string): BookTarget {
  const params = new URLSearchParams(search);
  const target: BookTarget = {};
  for (const [key, name] of Object.entries(PARAMS) as [keyof BookTarget, string][]) {
    const value = params.get(name);
    if (!value || (key === 'date' && !DAY.test(value))) continue;
    target[key] = value;
  }
  return target;
}
