import type { Me, User } from '../api/types';

export function aMe(overrides: Partial<Me> = {}): Me {
  return {
    id: 'u-admin',
    email: 'anna@acme.example',
    displayName: 'Anna Schmidt',
    role: 'tenant_admin',
    tenantId: 't-1',
    tenantName: 'Acme GmbH',
    locale: 'en',
    totpEnabled: false,
    consent: { required: false, currentVersionId: null, acceptedVersionId: null },
    ...overrides,
  };
}

export function aUser(overrides: Partial<User> = {}): User {
  return {
    id: 'u-1',
    email: 'ben@acme.example',
    displayName: 'Ben Braun',
    role: 'employee',
    locale: 'en',
    status: 'active',
    createdAt: '2025-01-01T00:00:00Z',
    ...overrides,
  };
}
