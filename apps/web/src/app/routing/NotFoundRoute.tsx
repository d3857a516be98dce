import { Navigate, useLocation } from 'react-router';
import { enrolmentRedirect } from '../../features/security/enrolment';
import { AppShellLayout } from '../layout/AppShellLayout';
import { PublicLayout } from '../layout/PublicLayout';
import { NotFoundPage } from './NotFoundPage';
import { SessionGate } from './SessionGate';

/** Unknown addresses: a 404 inside whichever frame fits the visitor. */
export function NotFoundRoute() {
  const { pathname } = useLocation();
  return (
    <SessionGate>
      {(me) => {
        if (!me) {
          return (
            <PublicLayout>
              <NotFoundPage />
            </PublicLayout>
          );
        }
        // Even a mistyped address leads to the mandatory 2FA set-up first.
        const enrolment = enrolmentRedirect(me, pathname);
        return enrolment !== null ? (
          <Navigate to={enrolment} replace />
        ) : (
          <AppShellLayout>
            <NotFoundPage />
          </AppShellLayout>
        );
      }}
    </SessionGate>
  );
}
