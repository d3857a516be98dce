import { Navigate, Outlet, useLocation } from 'react-router';
import { HOME_PATH } from '../navigation';
import type { RedirectState } from './RequireAuth';
import { SessionGate } from './SessionGate';

function redirectTarget(state: unknown): string {
  const from = (state as RedirectState | null)?.from;
  // Only same-app paths: never bounce to another origin.
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : HOME_PATH;
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
