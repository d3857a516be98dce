import { AsyncLocalStorage } from 'node:async_hooks';
import type { TenantSettings } from '../tenancy/tenant-settings.js';
import type { Role } from '../auth/roles.js';

/** Who is calling: set once by the auth guard, read by everything that must scope by tenant. */
export interface Principal {
  userId: string;
  tenantId: string;
  role: Role;
  /** As read with the session on this request: what the caller's own bookings show them. */
  displayName: string;
  /** The language the person chose ("en", "de"), for what the API writes for them (e.g. calendar files). */
  locale: string;
  sessionId: string;
  /** The tenant's 2FA policy covers this user and they have not enrolled yet. */
  totpEnrollmentRequired: boolean;
  /**
   * The tenant's settings as read together with the session on this very request (never cached),
   * so a change of e.g. the visibility setting applies to the next request on every instance.
   */
  tenantSettings: TenantSettings;
  /** When a booking was last added for this user, read with the session (null: not recently). */
  bookingAddedAt: Date | null;
}

const storage = new AsyncLocalStorage<{ principal?: Principal }>();

/** Runs the rest of a request inside its own context store. */
export function runWithRequestContext<T>(fn: () => T): T {
  return storage.run({}, fn);
}

export function setPrincipal(principal: Principal): void {
  const store = storage.getStore();
  if (!store) throw new Error('setPrincipal called outside a request context');
  store.principal = principal;
}

export function currentPrincipal(): Principal | undefined {
  return storage.getStore()?.principal;
}
