import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { ApiError } from '../../../api/api-error';
import { unwrapEmpty } from '../../../api/unwrap';
import { signOutLocally } from './auth-query-keys';

/** Ends the session on the server, then drops every cached answer of the signed-in person. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrapEmpty(api.POST('/api/auth/logout')),
    onSuccess: () => {
      signOutLocally(queryClient);
    },
    onError: (error) => {
      // Already signed out on the server: just catch up. Other failures keep the session (the cookie
      // would still work), and the caller tells the person.
      if (error instanceof ApiError && error.status === 401) signOutLocally(queryClient);
    },
  });
}
