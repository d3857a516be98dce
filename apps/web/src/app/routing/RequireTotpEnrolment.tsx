import { Navigate, Outlet, useLocation } from 'react-router';
import { useSignedInUser } from '../../features/auth/hooks/session';
import { enrolmentRedirect } from '../../features/security/enrolment';
import type { RedirectState } from '../../lib/return-path';

/**
 * The app's pages wait until a mandatory two-factor set-up is done: meanwhile every one of them leads to
 * the enrolment screen, which afterwards continues to the page asked for.
 */
export function RequireTotpEnrolment() {
  const me = useSignedInUser();
  const location = useLocation();
  const target = enrolmentRedirect(me, location.pathname);
  if (target === null) return <Outlet />;
  return <Navigate to={target} replace state={{ from: `${location.pathname}${location.search}` } satisfies RedirectState} />;
}
