import type { DeskAvailability } from '../../api/types';
import { DESK_STATUSES } from './desk-status';

/** The filters of the Book page; they apply to the map and the list alike. */
export interface DeskFilter {
  zone: string | null;
  amenities: string[];
  onlyFree: boolean;
}

export const NO_FILTER: DeskFilter = { zone: null, amenities: [], onlyFree: false };

export function isFiltering(filter: DeskFilter): boolean {
  return filter.zone !== null || filter.amenities.length > 0 || filter.onlyFree;
}

/** Desks in the zone, with every chosen amenity, and free when asked. */
export function filterDesks<T extends Pick<DeskAvailability, 'zone' | 'amenities' | 'status'>>(
  desks: readonly T[],
  filter: DeskFilter,
): T[] {
  return desks.filter(
    (desk) =>
      (filter.zone === null || desk.zone === filter.zone) &&
      filter.amenities.every((amenity) => desk.amenities.includes(amenity)) &&
      (!filter.onlyFree || desk.status === 'free'),
  );
}

function distinctSorted(values: Iterable<string>, language: string): string[] {
  return [...new Set(values)].sort(new Intl.Collator(language, { numeric: true }).compare);
}

export function zonesOf(desks: readonly Pick<DeskAvailability, 'zone'>[], language: string): string[] {
  return distinctSorted(
    desks.flatMap((desk) => (desk.zone ? [desk.zone] : [])),
    language,
  );
}

export function amenitiesOf(desks: readonly Pick<DeskAvailability, 'amenities'>[], language: string): string[] {
  return distinctSorted(
    desks.flatMap((desk) => desk.amenities),
    language,
  );
}

/**
 * Desks by label in natural order ("D2" before "D10"). The map adds its markers in this order, which
 * is the order the keyboard reaches them in.
 */
export function inLabelOrder<T extends { label: string }>(desks: readonly T[], language: string): T[] {
  const collator = new Intl.Collator(language, { numeric: true, sensitivity: 'base' });
  return [...desks].sort((a, b) => collator.compare(a.label, b.label));
}

export type DeskSortKey = 'label' | 'zone' | 'status';
export interface DeskSort {
  key: DeskSortKey;
  direction: 'asc' | 'desc';
}

/**
 * Sorted for reading: labels naturally ("D2" before "D10"), desks without a zone last, statuses in
 * legend order (free first); ties by label.
 */
export function sortDesks<T extends Pick<DeskAvailability, 'label' | 'zone' | 'status'>>(
  desks: readonly T[],
  sort: DeskSort,
  language: string,
): T[] {
  const collator = new Intl.Collator(language, { numeric: true, sensitivity: 'base' });
  const byLabel = (a: T, b: T) => collator.compare(a.label, b.label);
  const primary: Record<DeskSortKey, (a: T, b: T) => number> = {
    label: byLabel,
    zone: (a, b) => (a.zone === null ? 1 : 0) - (b.zone === null ? 1 : 0) || collator.compare(a.zone ?? '', b.zone ?? ''),
    status: (a, b) => DESK_STATUSES.indexOf(a.status) - DESK_STATUSES.indexOf(b.status),
  };
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...desks].sort((a, b) => sign * primary[sort.key](a, b) || byLabel(a, b));
}
