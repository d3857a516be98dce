import type { ReactNode } from 'react';
import { Outlet } from 'react-router';
import { useSignedInUser } from '../../auth';
import { ConsentDialog } from './ConsentDialog';

/**
 * Wraps the booking pages: while /me says the person must accept the current notice (the API would answer
 * 403 CONSENT_REQUIRED), the page is replaced by the notice. A 403 met anywhere marks /me the same way
 * (app/query-client.ts), so a notice published while a booking page is open shows up at once.
 */
export function ConsentGate({ children }: { children?: ReactNode }) {
  const me = useSignedInUser();
  if (me.consent.required) return <ConsentDialog me={me} />;
  return children ?? <Outlet />;
}
