import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { invalidateAfter } from '../../../api/query-keys';
import { unwrapEmpty } from '../../../api/unwrap';

export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
}

/** The API signs out every other session of the person, so the device list changes too. */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChangePasswordInput) => unwrapEmpty(api.POST('/api/me/password', { body: input })),
    onSuccess: () => invalidateAfter(queryClient, 'passwordChanged'),
  });
}
