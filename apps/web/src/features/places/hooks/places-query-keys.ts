import { QUERY_ROOTS } from '../../../api/query-keys';

export const placesQueryKeys = {
  all: [QUERY_ROOTS.places] as const,
  locations: () => [...placesQueryKeys.all, 'locations'] as const,
  floors: (locationId: string) => [...placesQueryKeys.all, 'floors', locationId] as const,
  floor: (floorId: string) => [...placesQueryKeys.all, 'floor', floorId] as const,
};
