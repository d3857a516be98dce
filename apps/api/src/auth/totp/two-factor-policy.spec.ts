import { describe, expect, it } from 'vitest';
import { requiresTotpEnrollment } from './two-factor-policy.js';

describe('requiresTotpEnrollment', () => {
  it.each([
    ['off', 'tenant_admin', false, false],
    ['off', 'employee', false, false],
    ['admins', 'tenant_admin', false, true],
    ['admins', 'facility_manager', false, false],
    ['admins', 'employee', false, false],
    ['everyone', 'employee', false, true],
    ['everyone', 'facility_manager', false, true],
    ['everyone', 'tenant_admin', true, false],
    ['admins', 'tenant_admin', true, false],
  ] as const)('policy %s, role %s, enrolled %s → %s', (policy, role, enrolled, expected) => {
    expect(requiresTotpEnrollment(policy, role, enrolled)).toBe(expected);
  });
});

describe('requiresTotpEnrollment after single sign-on', () => {
  it('leaves a session begun by SSO to the identity provider, but not password or passkey sessions', () => {
    expect(requiresTotpEnrollment('everyone', 'employee', false, 'sso')).toBe(false);
    expect(requiresTotpEnrollment('admins', 'tenant_admin', false, 'sso')).toBe(false);
    expect(requiresTotpEnrollment('everyone', 'employee', false, 'password')).toBe(true);
    expect(requiresTotpEnrollment('everyone', 'employee', false, null)).toBe(true);
  });
});
