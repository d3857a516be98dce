import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import { QUERY_ROOTS } from './query-keys';
import { unwrap } from './unwrap';

export const tenantSettingsQueryKey = [QUERY_ROOTS.tenantSettings] as const;

/**
 * The organization's settings. Read across the app (booking rules, retention on "My data", the 2FA
 * policy on Security); edited on the Settings page (`features/settings`).
 */
export function useTenantSettings() {
  return useQuery({
    queryKey: tenantSettingsQueryKey,
    queryFn: () => unwrap(api.GET('/api/tenant/settings')),
  });
}
