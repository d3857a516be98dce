import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { ApiError } from '../../../api/api-error';
import type { Me } from '../../../api/types';
import { unwrap } from '../../../api/unwrap';
import { authQueryKeys } from './auth-query-keys';

/** The signed-in person, or null when there is no session (401). Other failures are real errors. */
export async function fetchSession(): Promise<Me | null> {
  try {
    return await unwrap(api.GET('/api/me'));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export const sessionQueryOptions = queryOptions({
  queryKey: authQueryKeys.session,
  queryFn: fetchSession,
  staleTime: 5 * 60_000,
});

export function useSession() {
  return useQuery(sessionQueryOptions);
}

/** For components rendered only inside the signed-in area (below RequireAuth). */
export function useSignedInUser(): Me {
  const { data } = useSession();
  if (!data) throw new Error('useSignedInUser() used outside the signed-in area');
  return data;
}
