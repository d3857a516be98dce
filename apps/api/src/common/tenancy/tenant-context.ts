import { currentPrincipal, type Principal } from '../context/request-context.js';
import { UnauthenticatedError } from '../errors/domain-error.js';

/**
 * The caller's tenant, from the request context the auth guard fills. Tenant-owned queries take
 * their tenant from here (through TenantScopedRepository), so a handler cannot forget it.
 */
export function requirePrincipal(): Principal {
  const principal = currentPrincipal();
  if (!principal) throw new UnauthenticatedError();
  return principal;
}

export function currentTenantId(): string {
  return requirePrincipal().tenantId;
}
