import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { signOutLocally } from '../../features/auth/hooks/auth-query-keys';
import { useSession } from '../../features/auth/hooks/session';
import { isEndedSession } from '../../features/auth/login-notice';
import { safeReturnPath, type RedirectState } from '../../lib/return-path';
import { SessionGate } from './SessionGate';

function redirectTarget(state: unknown): string {
  return safeReturnPath((state as RedirectState | null)?.from);
}

/**
 * Login and sign-up make no sense with a session: go (back) into the app. Except for a session that
 * ended on the server (account deleted, see login-notice.ts): it is dropped from the cache once the
 * login page shows, rather than before, so no guard of the app redirects here without the notice.
 */
export function RedirectIfSignedIn() {
  const location = useLocation();
  const queryClient = useQueryClient();
  const ended = isEndedSession(location.state, useSession().data);
  useEffect(() => {
    if (ended) signOutLocally(queryClient);
  }, [ended, queryClient]);
  return <SessionGate>{(me) => (me && !ended ? <Navigate to={redirectTarget(location.state)} replace /> : <Outlet />)}</SessionGate>;
}
