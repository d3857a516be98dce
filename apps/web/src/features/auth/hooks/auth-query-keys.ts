import type { QueryClient } from '@tanstack/react-query';
import { QUERY_ROOTS } from '../../../api/query-keys';

/** Query keys of the auth feature; the session key is read app-wide (guards, header, logout). */
export const authQueryKeys = {
  session: [QUERY_ROOTS.session] as const,
  invitePreview: (inviteToken: string) => [QUERY_ROOTS.invitePreview, inviteToken] as const,
};

/**
 * Drops every cached answer except the session itself. The session query stays in the cache (only its
 * data changes) so the mounted guards observing it re-render and redirect.
 */
export function forgetEverythingButSession(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== authQueryKeys.session[0] });
}

/** The person is signed out (logged out, or their account erased): forget their data, let the guards redirect. */
export function signOutLocally(queryClient: QueryClient): void {
  forgetEverythingButSession(queryClient);
  queryClient.setQueryData(authQueryKeys.session, null);
}
