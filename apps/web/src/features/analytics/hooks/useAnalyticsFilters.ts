import { useSearchParams } from 'react-router';
import type { DayRange } from '../date-range';
import type { Granularity } from '../types';

/**
 * The dashboard's filters live in the address (`?from=…&to=…&location=…&floor=…&zone=…&granularity=…`),
 * so a view can be bookmarked, shared with a colleague, and survives a reload. Missing values fall
 * back to defaults the page works out (the first location, the last four weeks).
 */
export interface AnalyticsFilters {
  from: string | null;
  to: string | null;
  locationId: string | null;
  floorId: string | null;
  zone: string | null;
  granularity: Granularity | null;
}

const GRANULARITIES: readonly Granularity[] = ['day', 'week', 'month'];

function granularityOf(value: string | null): Granularity | null {
  return GRANULARITIES.find((granularity) => granularity === value) ?? null;
}

export function useAnalyticsFilters() {
  const [params, setParams] = useSearchParams();
  const filters: AnalyticsFilters = {
    from: params.get('from'),
    to: params.get('to'),
    locationId: params.get('location'),
    floorId: params.get('floor'),
    zone: params.get('zone'),
    granularity: granularityOf(params.get('granularity')),
  };

  const update = (changes: Record<string, string | null>) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  };

  return {
    filters,
    setRange: (range: DayRange) => {
      update({ from: range.from, to: range.to });
    },
    // A new location has other floors and zones; a new floor other zones.
    setLocation: (locationId: string) => {
      update({ location: locationId, floor: null, zone: null });
    },
    setFloor: (floorId: string | null) => {
      update({ floor: floorId, zone: null });
    },
    setZone: (zone: string | null) => {
      update({ zone });
    },
    setGranularity: (granularity: Granularity | null) => {
      update({ granularity });
    },
  };
}
