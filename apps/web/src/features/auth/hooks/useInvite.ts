import type { Schemas } from '@deskbook/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/unwrap';
import { authQueryKeys } from './auth-query-keys';
import { establishSession } from './establish-session';

/** Who was invited to which organisation; a POST so the token travels in the body, never the URL. */
export function useInvitePreview(inviteToken: string | null) {
  return useQuery({
    queryKey: authQueryKeys.invitePreview(inviteToken ?? ''),
    queryFn: () => unwrap(api.POST('/api/auth/invite-preview', { body: { inviteToken: inviteToken ?? '' } })),
    enabled: inviteToken !== null,
    retry: false,
    staleTime: Infinity,
  });
}

export type AcceptInviteInput = Schemas['AcceptInviteDto'];

export function useAcceptInvite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: AcceptInviteInput) => {
      await unwrap(api.POST('/api/auth/accept-invite', { body: input }));
      return establishSession(queryClient, { adoptInterfaceLanguage: true });
    },
  });
}

/**
 * Opens the organization's notice when it is a PDF, before the account exists: the invite token proves
 * who may read it, so it is POSTed (never put in a URL) and the PDF opens from memory in a new tab.
 */
export function useOpenInviteNoticePdf() {
  return useMutation({
    mutationFn: async (inviteToken: string) => {
      const pdf = await unwrap(api.POST('/api/auth/invite-notice-pdf', { body: { inviteToken }, parseAs: 'blob' }));
      const url = URL.createObjectURL(pdf);
      window.open(url, '_blank', 'noopener');
      // Kept for a minute: the new tab reads it asynchronously.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
  });
}
