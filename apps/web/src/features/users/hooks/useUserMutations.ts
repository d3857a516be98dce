import type { Schemas } from '@deskbook/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap, unwrapEmpty } from '../../../api/unwrap';
import { invalidateAfter } from '../../../api/query-keys';

export type InviteUserInput = Schemas['InviteUserDto'];
export type UpdateUserInput = Schemas['UpdateUserDto'];

function useRefreshUsers() {
  const queryClient = useQueryClient();
  // The signed-in admin may have changed their own name or role: refresh the session too.
  return () => invalidateAfter(queryClient, 'usersChanged');
}

export function useInviteUser() {
  const refresh = useRefreshUsers();
  return useMutation({
    mutationFn: (input: InviteUserInput) => unwrap(api.POST('/api/users', { body: input })),
    onSuccess: refresh,
  });
}

/** A new invitation for a pending member: mailed, and its link returned (earlier links stop working). */
export function useResendInvite() {
  const refresh = useRefreshUsers();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/users/{id}/resend-invite', { params: { path: { id } } })),
    onSuccess: refresh,
  });
}

export function useUpdateUser() {
  const refresh = useRefreshUsers();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UpdateUserInput }) =>
      unwrap(api.PATCH('/api/users/{id}', { params: { path: { id } }, body: changes })),
    onSuccess: refresh,
  });
}

export function useDeleteUser() {
  const refresh = useRefreshUsers();
  return useMutation({
    mutationFn: (id: string) => unwrapEmpty(api.DELETE('/api/users/{id}', { params: { path: { id } } })),
    onSuccess: refresh,
  });
}

/** Removes a member's second factor (they enrol again); the admin's password confirms. */
export function useResetTwoFactor() {
  const refresh = useRefreshUsers();
  return useMutation({
    mutationFn: ({ id, password }: { id: string; password: string }) =>
      unwrapEmpty(api.POST('/api/users/{id}/reset-2fa', { params: { path: { id } }, body: { password } })),
    onSuccess: refresh,
  });
}
