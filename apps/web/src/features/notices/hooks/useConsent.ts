import { useMutation, useQueryClient } from '@tanstack/react-query';
import { hasErrorCode } from '../../../api/api-error';
import { api } from '../../../api/client';
import { invalidateAfter, QUERY_ROOTS } from '../../../api/query-keys';
import { unwrap, unwrapEmpty } from '../../../api/unwrap';

/**
 * "I have read the privacy notice": records that the person read this version. Awaits the new /me, so
 * the gate opens only once the API agrees. A 409 NOT_CURRENT_VERSION (a newer version was published
 * meanwhile) reloads the notice; the dialog then says so.
 */
export function useAcceptNotice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (noticeVersionId: string) => unwrap(api.POST('/api/consents', { body: { noticeVersionId } })),
    onSuccess: () => invalidateAfter(queryClient, 'consentChanged'),
    onError: async (error) => {
      if (!hasErrorCode(error, 'NOT_CURRENT_VERSION')) return;
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: [QUERY_ROOTS.privacyNotice] }),
        queryClient.invalidateQueries({ queryKey: [QUERY_ROOTS.session] }),
      ]);
    },
  });
}

/** Withdraws the person's acceptance; booking asks for it again. */
export function useWithdrawConsent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrapEmpty(api.DELETE('/api/consents/current')),
    onSuccess: () => invalidateAfter(queryClient, 'consentChanged'),
  });
}
