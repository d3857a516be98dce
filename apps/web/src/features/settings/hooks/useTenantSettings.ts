import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { invalidateAfter } from '../../../api/query-keys';
import { tenantSettingsQueryKey } from '../../../api/tenant-settings';
import { unwrap } from '../../../api/unwrap';
import { noticeSettingsChanged } from '../notice-settings';
import type { SettingsPatch } from '../settings-diff';

export function useUpdateTenantSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: SettingsPatch) => unwrap(api.PATCH('/api/tenant/settings', { body: patch })),
    onSuccess: (saved, patch) => {
      queryClient.setQueryData(tenantSettingsQueryKey, saved);
      // A stricter 2FA policy may cover the admin themselves: reload them, so a now mandatory set-up
      // shows at once rather than on the next refused request. Not awaited: "Settings saved." first.
      if (patch.privacy?.require2fa !== undefined) {
        void invalidateAfter(queryClient, 'twoFactorPolicyChanged');
      }
      // What is due for anonymization follows the retention setting.
      if (patch.privacy?.retention !== undefined) {
        void invalidateAfter(queryClient, 'retentionChanged');
      }
      // A described setting may have republished the notice (generated mode): a new version to accept,
      // and the preview changes with any of them.
      if (noticeSettingsChanged(patch, 'privacy').length + noticeSettingsChanged(patch, 'organization').length > 0) {
        void invalidateAfter(queryClient, 'noticeSettingsChanged');
      }
      // The minimum group size decides which analytics figures are withheld.
      if (patch.privacy?.analyticsMinGroupSize !== undefined) {
        void invalidateAfter(queryClient, 'analyticsMinGroupSizeChanged');
      }
    },
  });
}
