import { Navigate, Outlet, useLocation } from 'react-router';
import type { RedirectState } from './RequireAuth';
import { safeReturnPath } from './return-path';
import { SessionGate } from './SessionGate';

function redirectTarget(state: unknown): string {
  return safeReturnPath((state as RedirectState | null)?.from);
}

/** Login and sign-up make no sense with a session: go (back) into the app. */
export function RedirectIfSignedIn() {
  const location = useLocation();
  return (
    <SessionGate>
      {(me) => (me ? <Navigate to={redirectTarget(location.state)} replace /> : <Outlet />)}
    </SessionGate>
  );
}
