import { Injectable } from '@nestjs/common';
import { DomainError } from '../common/errors/domain-error.js';
import { TenantsRepository } from '../tenants/tenants.repository.js';
import type { User } from '../users/entities/user.entity.js';
import { SsoRepository } from './sso.repository.js';

/** The path that starts single sign-on for a tenant, with the address the provider should suggest. */
export function ssoLoginPath(tenantSlug: string, loginHint?: string): string {
  const path = `/api/auth/sso/${encodeURIComponent(tenantSlug)}/login`;
  return loginHint ? `${path}?${new URLSearchParams({ login_hint: loginHint }).toString()}` : path;
}

export class SsoRequiredError extends DomainError {
  constructor(loginUrl: string) {
    super(403, 'SSO_REQUIRED', 'Your organization signs you in with single sign-on', { loginUrl });
  }
}

/** Pure: may this person use their password while the tenant's connection is in this state? */
export function passwordSignInAllowed(
  connection: { enabled: boolean; ssoOnly: boolean } | null,
  user: Pick<User, 'role' | 'totpEnabledAt'>,
): boolean {
  if (!connection?.enabled || !connection.ssoOnly) return true;
  // Break-glass: an admin keeps the password, when a second factor guards it, for when the provider is down.
  return user.role === 'tenant_admin' && user.totpEnabledAt !== null;
}

/** "SSO only": checked after the password was right, before the second factor (AuthService.login). */
@Injectable()
export class SsoPasswordPolicy {
  constructor(
    private readonly sso: SsoRepository,
    private readonly tenants: TenantsRepository,
  ) {}

  /** False for the people "SSO only" keeps away from passwords (also from a password reset). */
  async allowsPasswordSignIn(user: User): Promise<boolean> {
    return passwordSignInAllowed(await this.sso.connectionOf(user.tenantId), user);
  }

  async assertPasswordSignInAllowed(user: User): Promise<void> {
    if (passwordSignInAllowed(await this.sso.connectionOf(user.tenantId), user)) return;
    const tenant = await this.tenants.getById(user.tenantId);
    throw new SsoRequiredError(ssoLoginPath(tenant.slug, user.email));
  }
}
