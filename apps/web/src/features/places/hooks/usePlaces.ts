import { queryOptions, skipToken, useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api } from '../../../api/client';
import type { Floor, OfficeLocation } from '../../../api/types';
import { unwrap } from '../../../api/unwrap';
import { placesQueryKeys } from './places-query-keys';

export const locationsQueryOptions = queryOptions({
  queryKey: placesQueryKeys.locations(),
  queryFn: () => unwrap(api.GET('/api/locations')),
});

function floorsQueryOptions(locationId: string) {
  return queryOptions({
    queryKey: placesQueryKeys.floors(locationId),
    queryFn: () => unwrap(api.GET('/api/locations/{id}/floors', { params: { path: { id: locationId } } })),
  });
}

export function useLocations() {
  return useQuery(locationsQueryOptions);
}

/** The floors of a location, lowest level first; idle until a location is chosen. */
export function useFloors(locationId: string | null) {
  return useQuery({
    queryKey: placesQueryKeys.floors(locationId ?? ''),
    queryFn: locationId ? floorsQueryOptions(locationId).queryFn : skipToken,
  });
}

/** A floor with all its desks (the editor's view; the Book page reads availability instead). */
export function useFloor(floorId: string | null) {
  return useQuery({
    queryKey: placesQueryKeys.floor(floorId ?? ''),
    queryFn: floorId ? () => unwrap(api.GET('/api/floors/{id}', { params: { path: { id: floorId } } })) : skipToken,
  });
}

/** Stable across renders while the answers stay the same (TanStack shares the combined result). */
function combineFloorLists(results: { data?: Floor[]; isPending: boolean }[]) {
  return { data: results.map((result) => result.data), isPending: results.some((result) => result.isPending) };
}

export interface FloorPlace {
  floor: Floor;
  location: OfficeLocation;
}

/**
 * Where each floor is: floor id → floor and location, from the locations and their floor lists (the
 * same cached answers the Book page reads). Used to show bookings in their location's time zone.
 */
export function useFloorDirectory(): { places: Map<string, FloorPlace>; isPending: boolean } {
  const locations = useLocations();
  const floorLists = useQueries({
    queries: (locations.data ?? []).map((location) => floorsQueryOptions(location.id)),
    combine: combineFloorLists,
  });
  const places = useMemo(() => {
    const map = new Map<string, FloorPlace>();
    (locations.data ?? []).forEach((location, index) => {
      for (const floor of floorLists.data[index] ?? []) map.set(floor.id, { floor, location });
    });
    return map;
  }, [locations.data, floorLists.data]);
  return { places, isPending: locations.isPending || floorLists.isPending };
}
