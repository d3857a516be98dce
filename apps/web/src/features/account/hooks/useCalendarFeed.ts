import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { invalidateAfter, QUERY_ROOTS } from '../../../api/query-keys';
import { unwrap, unwrapEmpty } from '../../../api/unwrap';

export const calendarFeedQueryKey = [QUERY_ROOTS.calendarFeed] as const;

/** The caller's calendar subscription URL (null without one). */
export function useCalendarFeed() {
  return useQuery({
    queryKey: calendarFeedQueryKey,
    queryFn: () => unwrap(api.GET('/api/me/calendar-feed')),
  });
}

/** Makes the feed URL, or a new one (the old one stops working at once). */
export function useCreateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/me/calendar-feed')),
    onSuccess: async (feed) => {
      queryClient.setQueryData(calendarFeedQueryKey, feed);
      await invalidateAfter(queryClient, 'calendarFeedChanged');
    },
  });
}

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrapEmpty(api.DELETE('/api/me/calendar-feed')),
    onSuccess: async () => {
      queryClient.setQueryData(calendarFeedQueryKey, { url: null });
      await invalidateAfter(queryClient, 'calendarFeedChanged');
    },
  });
}
