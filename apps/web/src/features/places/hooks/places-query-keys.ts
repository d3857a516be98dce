export const placesQueryKeys = {
  all: ['places'] as const,
  locations: () => [...placesQueryKeys.all, 'locations'] as const,
  floors: (locationId: string) => [...placesQueryKeys.all, 'floors', locationId] as const,
  floor: (floorId: string) => [...placesQueryKeys.all, 'floor', floorId] as const,
};
