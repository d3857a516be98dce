import { Navigate, Outlet, useLocation } from 'react-router';
import { SessionGate } from './SessionGate';

export interface RedirectState {
  from?: string;
}

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
