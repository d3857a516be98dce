import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/unwrap';
import { establishSession } from './establish-session';

/** Confirms the sign-up address with the token from the mail; the API answers with a session. */
export function useConfirmEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (token: string) => {
      await unwrap(api.POST('/api/auth/confirm-email', { body: { token } }));
      return establishSession(queryClient, { adoptInterfaceLanguage: true });
    },
  });
}
