import type { TenantSettings } from '../../tenants/settings.js';
import type { Role } from '../../common/auth/roles.js';
import type { SignInMethod } from '../entities/session.entity.js';

/** Does the tenant's `privacy.require2fa` cover this role? `admins` means tenant admins. */
export function policyCovers(policy: TenantSettings['privacy']['require2fa'], role: Role): boolean {
  return policy === 'everyone' || (policy === 'admins' && role === 'tenant_admin');
}

/**
 * Must this user enrol before using anything but their profile, 2FA setup and logout? Not in a
 * session begun by single sign-on: the company's identity provider owns the second factor there.
 */
export function requiresTotpEnrollment(
  policy: TenantSettings['privacy']['require2fa'],
  role: Role,
  totpEnabled: boolean,
  signedInWith: SignInMethod | null = null,
): boolean {
  return signedInWith !== 'sso' && !totpEnabled && policyCovers(policy, role);
}
