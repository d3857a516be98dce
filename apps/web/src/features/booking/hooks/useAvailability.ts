import { skipToken, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/unwrap';
import { bookingQueryKeys } from './booking-query-keys';

/** Every desk of the floor with its status for the range; idle until floor and range are known. */
export function useAvailability(floorId: string | null, range: { from: string; to: string } | null) {
  return useQuery({
    queryKey: bookingQueryKeys.availability(floorId ?? '', range ?? { from: '', to: '' }),
    queryFn:
      floorId && range
        ? () => unwrap(api.GET('/api/floors/{id}/availability', { params: { path: { id: floorId }, query: range } }))
        : skipToken,
    // Changing the time keeps the floor's desks on screen until the new statuses arrive; another
    // floor starts empty (its plan must not show the previous floor's desks).
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[2] === floorId ? previous : undefined),
    staleTime: 10_000,
  });
}
