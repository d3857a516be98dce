import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/unwrap';
import { authQueryKeys } from '../../auth/hooks/auth-query-keys';
import { privacyQueryKeys } from '../../privacy/hooks/privacy-query-keys';
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
    onSuccess: (saved, patch) => {
      queryClient.setQueryData(settingsQueryKeys.tenant, saved);
      // A stricter 2FA policy may cover the admin themselves: reload them, so a now mandatory set-up
      // shows at once rather than on the next refused request. Not awaited: "Settings saved." first.
      if (patch.privacy?.require2fa !== undefined) {
        void queryClient.invalidateQueries({ queryKey: authQueryKeys.session });
      }
      // What is due for anonymization follows the retention setting.
      if (patch.privacy?.retention !== undefined) {
        void queryClient.invalidateQueries({ queryKey: privacyQueryKeys.anonymizationStatus });
      }
    },
  });
}
