import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { invalidateAfter } from '../../../api/query-keys';
import { unwrap } from '../../../api/unwrap';
import { newIdempotencyKey } from '../idempotency-key';
import { bookingQueryKeys } from './booking-query-keys';

/** GET /desks/by-token/:token: the scanned desk (a 404 is an unknown or replaced code; 4xx are not retried). */
export function useDeskScan(token: string) {
  return useQuery({
    queryKey: bookingQueryKeys.deskScan(token),
    queryFn: () => unwrap(api.GET('/api/desks/by-token/{token}', { params: { path: { token } } })),
  });
}

/** "Book now": the desk from the running slot until it is next needed, one tap (a fresh Idempotency-Key per tap). */
export function useWalkUpBooking() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { deskId: string; startsAt: string; endsAt: string }) =>
      unwrap(api.POST('/api/bookings', { body, params: { header: { 'Idempotency-Key': newIdempotencyKey() } } })),
    onSettled: () => invalidateAfter(queryClient, 'bookingsChanged'),
  });
}
