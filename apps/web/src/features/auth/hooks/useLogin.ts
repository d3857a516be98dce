import type { Schemas } from '@deskbook/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/unwrap';
import { establishSession } from './establish-session';

export type LoginInput = Schemas['LoginDto'];

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: LoginInput) => {
      await unwrap(api.POST('/api/auth/login', { body: input }));
      return establishSession(queryClient, { adoptInterfaceLanguage: false });
    },
  });
}
