import type { Schemas } from '@deskbook/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/unwrap';
import { authQueryKeys } from '../../auth';

export type UpdateMeInput = Schemas['UpdateMeDto'];

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateMeInput) => unwrap(api.PATCH('/api/me', { body: input })),
    onSuccess: (me) => queryClient.setQueryData(authQueryKeys.session, me),
  });
}
