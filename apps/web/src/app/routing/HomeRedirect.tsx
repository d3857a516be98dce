import { Navigate } from 'react-router';
import { HOME_PATH } from '../../lib/paths';
import { SessionGate } from './SessionGate';

/** "/" opens the app for signed-in people and the login page (which links to sign-up) for others. */
export function HomeRedirect() {
  return <SessionGate>{(me) => <Navigate to={me ? HOME_PATH : '/login'} replace />}</SessionGate>;
}
