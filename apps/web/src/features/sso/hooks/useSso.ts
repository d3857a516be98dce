import type { Schemas } from '@deskbook/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { QUERY_ROOTS } from '../../../api/query-keys';
import { unwrap } from '../../../api/unwrap';
import { domainOf } from '../sso-login';

export type SsoSettings = Schemas['SsoSettingsDto'];
export type SsoSettingsInput = Schemas['UpdateSsoSettingsDto'];

export const ssoSettingsQueryKey = [QUERY_ROOTS.sso, 'settings'] as const;
const discoveryQueryKey = (domain: string) => [QUERY_ROOTS.sso, 'discover', domain] as const;

export function useSsoSettings() {
  return useQuery({ queryKey: ssoSettingsQueryKey, queryFn: () => unwrap(api.GET('/api/tenant/sso')) });
}

export function useUpdateSsoSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SsoSettingsInput) => unwrap(api.PUT('/api/tenant/sso', { body })),
    onSuccess: (saved) => queryClient.setQueryData(ssoSettingsQueryKey, saved),
  });
}

/** Whether the address's domain signs in with single sign-on; asked once per domain, not per keystroke. */
export function useSsoDiscovery(email: string) {
  const domain = domainOf(email);
  return useQuery({
    queryKey: discoveryQueryKey(domain ?? ''),
    queryFn: () => unwrap(api.GET('/api/auth/sso/discover', { params: { query: { email: email.trim() } } })),
    enabled: domain !== null,
    staleTime: 5 * 60_000,
    retry: false,
  });
}
