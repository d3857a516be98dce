import { describe, expect, it } from 'vitest';
import { passwordSignInAllowed, ssoLoginPath } from './sso-password-policy.service.js';

const enabledSsoOnly = { enabled: true, ssoOnly: true };
const member = { role: 'employee' as const, totpEnabledAt: null };
const admin = { role: 'tenant_admin' as const, totpEnabledAt: null };
const adminWith2fa = { role: 'tenant_admin' as const, totpEnabledAt: new Date() };

describe('passwordSignInAllowed', () => {
  it('allows passwords without a connection, with a disabled one, or without "SSO only"', () => {
    expect(passwordSignInAllowed(null, member)).toBe(true);
    expect(passwordSignInAllowed({ enabled: false, ssoOnly: true }, member)).toBe(true);
    expect(passwordSignInAllowed({ enabled: true, ssoOnly: false }, member)).toBe(true);
  });

  it('with "SSO only" keeps a password for admins with 2FA alone (break-glass)', () => {
    expect(passwordSignInAllowed(enabledSsoOnly, member)).toBe(false);
    expect(passwordSignInAllowed(enabledSsoOnly, { role: 'facility_manager', totpEnabledAt: new Date() })).toBe(false);
    expect(passwordSignInAllowed(enabledSsoOnly, admin)).toBe(false);
    expect(passwordSignInAllowed(enabledSsoOnly, adminWith2fa)).toBe(true);
  });
});

describe('ssoLoginPath', () => {
  it('encodes the hint', () => {
    expect(ssoLoginPath('acme-1a2b3c', 'a+b@example.com')).toBe('/api/auth/sso/acme-1a2b3c/login?login_hint=a%2Bb%40example.com');
    expect(ssoLoginPath('acme')).toBe('/api/auth/sso/acme/login');
  });
});
