import type { Schemas } from '@deskbook/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { QUERY_ROOTS } from '../../../api/query-keys';
import { unwrap } from '../../../api/unwrap';

export type NotificationPreferencesInput = Schemas['UpdateNotificationPreferencesDto'];

export const notificationPreferencesQueryKey = [QUERY_ROOTS.notificationPreferences] as const;

/** Which booking mails the signed-in person wants. */
export function useNotificationPreferences() {
  return useQuery({
    queryKey: notificationPreferencesQueryKey,
    queryFn: () => unwrap(api.GET('/api/me/notifications')),
  });
}

export function useUpdateNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NotificationPreferencesInput) => unwrap(api.PATCH('/api/me/notifications', { body: input })),
    onSuccess: (preferences) => queryClient.setQueryData(notificationPreferencesQueryKey, preferences),
  });
}
