import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { invalidateAfter } from '../../../api/query-keys';
import type { DeskAvailability } from '../../../api/types';
import { unwrap, unwrapEmpty } from '../../../api/unwrap';
import { withOptimisticBooking } from '../optimistic-booking';
import { bookingQueryKeys } from './booking-query-keys';

export interface CreateBookingInput {
  deskId: string;
  startsAt: string;
  endsAt: string;
  visibleToColleagues?: boolean;
  /** New per action of the person, so that a repeated request never books twice. */
  idempotencyKey: string;
}

function useRefreshBookings() {
  const queryClient = useQueryClient();
  return () => invalidateAfter(queryClient, 'bookingsChanged');
}

/**
 * Books a desk. The desk turns "mine" in the availability the page shows at once; when the API refuses
 * (409 DESK_TAKEN: someone was faster) the previous statuses come back and the fresh ones are fetched.
 */
export function useCreateBooking(floorId: string | null, range: { from: string; to: string } | null) {
  const queryClient = useQueryClient();
  const refresh = useRefreshBookings();
  const key = bookingQueryKeys.availability(floorId ?? '', range ?? { from: '', to: '' });
  return useMutation({
    mutationFn: ({ idempotencyKey, ...body }: CreateBookingInput) =>
      unwrap(api.POST('/api/bookings', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } })),
    onMutate: async (input) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<DeskAvailability[]>(key);
      if (previous) queryClient.setQueryData(key, withOptimisticBooking(previous, input));
      return { previous };
    },
    onError: (_error, _input, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSettled: refresh,
  });
}

export function useCancelBooking() {
  const refresh = useRefreshBookings();
  return useMutation({
    mutationFn: (id: string) => unwrapEmpty(api.DELETE('/api/bookings/{id}', { params: { path: { id } } })),
    onSettled: refresh,
  });
}

export function useCheckIn() {
  const refresh = useRefreshBookings();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/bookings/{id}/check-in', { params: { path: { id } } })),
    onSettled: refresh,
  });
}
