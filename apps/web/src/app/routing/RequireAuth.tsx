import { Navigate, Outlet, useLocation } from 'react-router';
import type { RedirectState } from '../../lib/return-path';
import { SessionGate } from './SessionGate';

/** Signed-out visitors of the app's pages go to the login page, and come back after signing in. */
export function RequireAuth() {
  const location = useLocation();
  return (
    <SessionGate>
      {(me) =>
        me ? (
          <Outlet />
        ) : (
          <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` } satisfies RedirectState} />
        )
      }
    </SessionGate>
  );
}
