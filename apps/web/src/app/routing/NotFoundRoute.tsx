import { AppShellLayout } from '../layout/AppShellLayout';
import { PublicLayout } from '../layout/PublicLayout';
import { NotFoundPage } from './NotFoundPage';
import { SessionGate } from './SessionGate';

/** Unknown addresses: a 404 inside whichever frame fits the visitor. */
export function NotFoundRoute() {
  return (
    <SessionGate>
      {(me) =>
        me ? (
          <AppShellLayout>
            <NotFoundPage />
          </AppShellLayout>
        ) : (
          <PublicLayout>
            <NotFoundPage />
          </PublicLayout>
        )
      }
    </SessionGate>
  );
}
