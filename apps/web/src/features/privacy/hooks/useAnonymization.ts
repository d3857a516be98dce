import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { invalidateAfter } from '../../../api/query-keys';
import { unwrap } from '../../../api/unwrap';
import { statusPollInterval } from '../anonymization-status';
import type { AnonymizationStatus } from '../types';
import { privacyQueryKeys } from './privacy-query-keys';

/** The tenant's anonymization status; asked for every ~2 s while a run is queued or in progress. */
export function useAnonymizationStatus() {
  return useQuery({
    queryKey: privacyQueryKeys.anonymizationStatus,
    queryFn: () => unwrap(api.GET('/api/admin/anonymization/status')),
    refetchInterval: (query) => statusPollInterval(query.state.data),
    // Due counts change as bookings end: never show an old one when the card mounts.
    staleTime: 0,
  });
}

/** "Run now": queues a sweep of the tenant; the status shows it running until it is done. */
export function useRunAnonymization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/admin/anonymization/run')),
    onSuccess: async () => {
      // The run is queued before the 202: show it at once, then let the status (and its polling) take over.
      queryClient.setQueryData<AnonymizationStatus>(privacyQueryKeys.anonymizationStatus, (status) =>
        status ? { ...status, running: true } : status,
      );
      await invalidateAfter(queryClient, 'anonymizationQueued');
    },
  });
}
