import type { DeskFilter } from '../places';
import type { ResolvedTimeRange, TimeRangeChoice } from './time-range';

/** How many filters narrow the desks: the zone, each amenity, "only free". Shown on the Filters button. */
export function activeFilterCount(filter: DeskFilter): number {
  return (filter.zone === null ? 0 : 1) + filter.amenities.length + (filter.onlyFree ? 1 : 0);
}

/**
 * "Whole day": from the earliest bookable start of the day (opening, or now today) to the latest end
 * allowed after it (closing, or the longest booking allowed). No choice of end: the range's default is
 * exactly that, so it follows the day's hours.
 */
export function wholeDayChoice(range: ResolvedTimeRange): TimeRangeChoice {
  return { date: range.date, start: range.startOptions[0] };
}

/** Whether the range already is the whole (bookable) day. */
export function isWholeDay(range: ResolvedTimeRange): boolean {
  return range.state === 'open' && range.start === range.startOptions[0] && range.end === range.endOptions[range.endOptions.length - 1];
}
