import { describe, expect, it } from 'vitest';
import { resolveAccount, type ResolutionFacts, type SsoIdentity } from './account-resolution.js';

const verified: SsoIdentity = { subject: 'sub-1', email: 'ada@example.com', emailVerified: true };
const nothingKnown: ResolutionFacts = { linkedUserId: null, tenantUserId: null, accountExists: false, domainAllowed: true };

describe('resolveAccount', () => {
  it('signs in the linked person, whatever the e-mail says now', () => {
    expect(
      resolveAccount({ ...verified, email: null, emailVerified: false }, { ...nothingKnown, linkedUserId: 'u1', domainAllowed: false }),
    ).toEqual({
      kind: 'linked',
      userId: 'u1',
    });
  });

  it('links a person of the tenant by a verified address only', () => {
    expect(resolveAccount(verified, { ...nothingKnown, tenantUserId: 'u2', accountExists: true })).toEqual({ kind: 'link', userId: 'u2' });
    expect(resolveAccount({ ...verified, emailVerified: false }, { ...nothingKnown, tenantUserId: 'u2' })).toEqual({
      kind: 'refuse',
      code: 'SSO_EMAIL_UNVERIFIED',
    });
    expect(resolveAccount({ ...verified, email: null }, nothingKnown)).toEqual({ kind: 'refuse', code: 'SSO_EMAIL_UNVERIFIED' });
  });

  it("never creates a second account for an address another tenant's account has", () => {
    expect(resolveAccount(verified, { ...nothingKnown, accountExists: true })).toEqual({ kind: 'refuse', code: 'ACCOUNT_EXISTS' });
    // Outside the domains the answer is about the domain, and says nothing about the account.
    expect(resolveAccount(verified, { ...nothingKnown, accountExists: true, domainAllowed: false })).toEqual({
      kind: 'refuse',
      code: 'SSO_DOMAIN_NOT_ALLOWED',
    });
  });

  it("creates a person just in time only for the tenant's domains", () => {
    expect(resolveAccount(verified, nothingKnown)).toEqual({ kind: 'create' });
    expect(resolveAccount(verified, { ...nothingKnown, domainAllowed: false })).toEqual({ kind: 'refuse', code: 'SSO_DOMAIN_NOT_ALLOWED' });
  });

  it("takes an address the provider says nothing about (Entra ID) for the tenant's own domains only", () => {
    const silent: SsoIdentity = { ...verified, emailVerified: null };
    expect(resolveAccount(silent, nothingKnown)).toEqual({ kind: 'create' });
    expect(resolveAccount(silent, { ...nothingKnown, tenantUserId: 'u3' })).toEqual({ kind: 'link', userId: 'u3' });
    // Outside them, linking an existing person would trust an unverified address.
    expect(resolveAccount(silent, { ...nothingKnown, tenantUserId: 'u3', domainAllowed: false })).toEqual({
      kind: 'refuse',
      code: 'SSO_EMAIL_UNVERIFIED',
    });
  });
});
