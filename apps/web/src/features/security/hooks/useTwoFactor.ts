import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { hasErrorCode } from '../../../api/api-error';
import { api } from '../../../api/client';
import { invalidateAfter } from '../../../api/query-keys';
import type { Me } from '../../../api/types';
import { unwrap, unwrapEmpty } from '../../../api/unwrap';
import { authQueryKeys } from '../../auth';
import { securityQueryKeys } from './security-query-keys';

function useRefreshMe() {
  const queryClient = useQueryClient();
  return () => invalidateAfter(queryClient, 'ownTwoFactorChanged');
}

/** Step 1 of enabling: re-authenticate with the password; answers the new secret as QR code and key. */
export function useStartTotpSetup() {
  const refreshMe = useRefreshMe();
  return useMutation({
    mutationFn: (input: { password: string }) => unwrap(api.POST('/api/me/2fa/setup', { body: input })),
    onError: (error) => {
      // Turned on meanwhile (another tab or device): the page should show that.
      if (hasErrorCode(error, 'TOTP_ALREADY_ENABLED')) void refreshMe();
    },
  });
}

/**
 * Step 2: the first code from the app proves it was set up; answers the recovery codes. Only
 * `totpEnabled` is updated here: `totpEnrollmentRequired` stays until the person has saved their
 * recovery codes and continues, so the enrolment screen does not vanish under them.
 */
export function useEnableTotp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { code: string }) => unwrap(api.POST('/api/me/2fa/enable', { body: input })),
    onSuccess: () => {
      queryClient.setQueryData<Me | null>(authQueryKeys.session, (me) => (me ? { ...me, totpEnabled: true } : me));
    },
  });
}

export function useDisableTotp() {
  const refreshMe = useRefreshMe();
  return useMutation({
    mutationFn: (input: { password: string; code: string }) => unwrapEmpty(api.POST('/api/me/2fa/disable', { body: input })),
    // Also after TOTP_NOT_ENABLED: the page showed a stale state.
    onSettled: () => refreshMe(),
  });
}

/** How many unused recovery codes the person has; asked only while 2FA is on. */
export function useRecoveryCodesLeft(enabled: boolean) {
  return useQuery({
    queryKey: securityQueryKeys.recoveryCodesLeft,
    queryFn: () => unwrap(api.GET('/api/me/2fa/recovery-codes')),
    enabled,
  });
}

/** New recovery codes for the password and a code; the old ones stop working. */
export function useRegenerateRecoveryCodes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { password: string; code: string }) => unwrap(api.POST('/api/me/2fa/recovery-codes', { body: input })),
    // Also after a refusal: a recovery code typed as the code may have been used up meanwhile.
    onSettled: () => invalidateAfter(queryClient, 'recoveryCodesChanged'),
  });
}
