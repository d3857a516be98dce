import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/unwrap';
import type { SettingsPatch } from '../settings-diff';
import { settingsQueryKeys } from './settings-query-keys';

export function useTenantSettings() {
  return useQuery({
    queryKey: settingsQueryKeys.tenant,
    queryFn: () => unwrap(api.GET('/api/tenant/settings')),
  });
}

export function useUpdateTenantSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: SettingsPatch) => unwrap(api.PATCH('/api/tenant/settings', { body: patch })),
    onSuccess: (saved) => queryClient.setQueryData(settingsQueryKeys.tenant, saved),
  });
}
