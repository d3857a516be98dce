import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { invalidateAfter } from '../../../api/query-keys';
import { unwrap, unwrapEmpty } from '../../../api/unwrap';
import { directoryQuery } from '../staff-actions';
import { bookingQueryKeys } from './booking-query-keys';

/** Members whose name contains the text, for staff picking whom to book for (nothing asked below two characters). */
export function useMemberDirectory(text: string) {
  const q = directoryQuery(text);
  return useQuery({
    queryKey: bookingQueryKeys.memberDirectory(q ?? ''),
    queryFn: ({ signal }) => unwrap(api.GET('/api/users/directory', { params: { query: { q: q ?? '' } }, signal })),
    enabled: q !== null,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

export interface BookForPersonInput {
  deskId: string;
  startsAt: string;
  endsAt: string;
  forUserId: string;
  idempotencyKey: string;
}

/** Staff book a desk for a member (their rules and overlaps apply; the tenant's default visibility). */
export function useBookForPerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ idempotencyKey, ...body }: BookForPersonInput) =>
      unwrap(api.POST('/api/bookings', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } })),
    onSettled: () => invalidateAfter(queryClient, 'bookingsChanged'),
  });
}

/** Staff cancel someone's booking with a reason that person reads in "My bookings". */
export function useCancelWithReason() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      unwrapEmpty(api.DELETE('/api/bookings/{id}', { params: { path: { id } }, body: { reason: reason.trim() } })),
    onSettled: () => invalidateAfter(queryClient, 'bookingsChanged'),
  });
}
