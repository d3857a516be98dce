import type { Schemas } from '@deskbook/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { invalidateAfter } from '../../../api/query-keys';
import { unwrap, unwrapEmpty } from '../../../api/unwrap';

export type CreateSeriesInput = Schemas['CreateBookingSeriesDto'];

/** Books a desk on several days (POST /bookings/series); a refusal comes back as 409 SERIES_CONFLICT. */
export function useCreateSeries() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateSeriesInput) => unwrap(api.POST('/api/bookings/series', { body })),
    onSettled: () => invalidateAfter(queryClient, 'bookingsChanged'),
  });
}

/** Cancels a series' occurrences from a local date on. */
export function useCancelSeries() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ seriesId, from }: { seriesId: string; from: string }) =>
      unwrapEmpty(api.DELETE('/api/bookings/series/{seriesId}', { params: { path: { seriesId }, query: { from } } })),
    onSettled: () => invalidateAfter(queryClient, 'bookingsChanged'),
  });
}
