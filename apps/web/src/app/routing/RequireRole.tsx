import { Outlet } from 'react-router';
import type { Role } from '../../api/types';
import { useSignedInUser } from '../../features/auth/hooks/session';
import { NoAccessPage } from './NoAccessPage';

/** Pages for some roles only. The API enforces the same rule; this spares people a page of errors. */
export function RequireRole({ roles }: { roles: readonly Role[] }) {
  const me = useSignedInUser();
  return roles.includes(me.role) ? <Outlet /> : <NoAccessPage />;
}
