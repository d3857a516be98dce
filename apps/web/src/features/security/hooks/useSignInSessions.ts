import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { invalidateAfter } from '../../../api/query-keys';
import { unwrap, unwrapEmpty } from '../../../api/unwrap';
import { securityQueryKeys } from './security-query-keys';

/** The devices the person is signed in on, newest first, the current one marked. */
export function useSignInSessions() {
  return useQuery({
    queryKey: securityQueryKeys.signInSessions,
    queryFn: () => unwrap(api.GET('/api/me/sessions')),
  });
}

export function useRevokeSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrapEmpty(api.DELETE('/api/me/sessions/{id}', { params: { path: { id } } })),
    // Also after a failure: a 404 means the session had already ended, and the list should say so.
    onSettled: () => invalidateAfter(queryClient, 'signInSessionsChanged'),
  });
}
