/**
 * Who signs in when a tenant's provider vouches for someone: a pure decision, so every branch is
 * tested without a provider or a database (account-resolution.spec.ts).
 */
export interface SsoIdentity {
  /** The `sub` claim: stable per issuer. */
  subject: string;
  /** Lower-cased; null when the provider sent none. */
  email: string | null;
  /**
   * `email_verified` as the provider sent it; null when it sent none. Entra ID, the most common
   * company provider, never sends the claim.
   */
  emailVerified: boolean | null;
}

export interface ResolutionFacts {
  /** The person of THIS tenant linked to (issuer, subject), if any. */
  linkedUserId: string | null;
  /** The person of this tenant with that e-mail (an account or an invitation), if any. */
  tenantUserId: string | null;
  /** Some account anywhere already signs in with that address (addresses are globally unique). */
  accountExists: boolean;
  /** The address's domain is one of the tenant's SSO domains. */
  domainAllowed: boolean;
}

export type SsoRefusal = 'SSO_EMAIL_UNVERIFIED' | 'SSO_DOMAIN_NOT_ALLOWED' | 'ACCOUNT_EXISTS';

export type Resolution =
  { kind: 'linked'; userId: string } | { kind: 'link'; userId: string } | { kind: 'create' } | { kind: 'refuse'; code: SsoRefusal };

export function resolveAccount(identity: SsoIdentity, facts: ResolutionFacts): Resolution {
  if (facts.linkedUserId) return { kind: 'linked', userId: facts.linkedUserId };
  // Matching by address trusts the provider's word that the address is theirs: never when it says
  // the address is unverified. When it says nothing, only for the tenant's own domains: the admin
  // named this provider as the one for them, so it speaks for their addresses.
  if (!identity.email || identity.emailVerified === false) return { kind: 'refuse', code: 'SSO_EMAIL_UNVERIFIED' };
  if (identity.emailVerified === null && !facts.domainAllowed) return { kind: 'refuse', code: 'SSO_EMAIL_UNVERIFIED' };
  if (facts.tenantUserId) return { kind: 'link', userId: facts.tenantUserId };
  // The domain first: an address the tenant does not own learns nothing about accounts elsewhere.
  if (!facts.domainAllowed) return { kind: 'refuse', code: 'SSO_DOMAIN_NOT_ALLOWED' };
  if (facts.accountExists) return { kind: 'refuse', code: 'ACCOUNT_EXISTS' };
  return { kind: 'create' };
}
