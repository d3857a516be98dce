import type { Schemas } from '@deskbook/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/unwrap';
import { establishSession } from './establish-session';

export type SignupInput = Schemas['SignupDto'];

export function useSignup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: SignupInput) => {
      await unwrap(api.POST('/api/auth/signup', { body: input }));
      return establishSession(queryClient, { adoptInterfaceLanguage: true });
    },
  });
}
