import * as client from 'openid-client';
import { checkIssuerUrl } from './issuer-url.js';

/** How long Deskbook waits for a provider: discovery while saving settings, each request while signing in. */
const PROVIDER_TIMEOUT_SECONDS = 5;

export interface OidcClientSettings {
  issuer: string;
  clientId: string;
  clientSecret: string | null;
}

/** What the sign-in must remember until the provider sends the browser back (the flow cookie). */
export interface AuthorizationChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** What the provider vouches for, from a verified ID token. */
export interface VerifiedIdentity {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean | null;
  name: string | null;
}

export class IssuerNotAllowedError extends Error {}

/**
 * The relying party, by openid-client: discovery, the authorization URL with PKCE (S256), `state` and
 * `nonce`, and the code grant, whose ID token openid-client verifies (signature by the provider's
 * keys, issuer, audience, expiry, nonce). Nothing of the protocol is re-implemented here.
 */
export async function discover(settings: OidcClientSettings): Promise<client.Configuration> {
  const verdict = checkIssuerUrl(settings.issuer);
  if (!verdict.ok) throw new IssuerNotAllowedError(verdict.reason);
  // client_secret_basic is OpenID Connect's default method, supported by Entra ID, Google and Okta alike.
  const auth = settings.clientSecret ? client.ClientSecretBasic(settings.clientSecret) : client.None();
  return client.discovery(verdict.url, settings.clientId, undefined, auth, {
    timeout: PROVIDER_TIMEOUT_SECONDS,
    execute: verdict.insecureAllowed ? [client.allowInsecureRequests] : [],
  });
}

export async function authorizationUrl(
  config: client.Configuration,
  redirectUri: string,
  loginHint: string | undefined,
): Promise<{ url: URL; checks: AuthorizationChecks }> {
  const checks: AuthorizationChecks = {
    state: client.randomState(),
    nonce: client.randomNonce(),
    codeVerifier: client.randomPKCECodeVerifier(),
  };
  const parameters: Record<string, string> = {
    redirect_uri: redirectUri,
    scope: 'openid email profile',
    response_type: 'code',
    code_challenge: await client.calculatePKCECodeChallenge(checks.codeVerifier),
    code_challenge_method: 'S256',
    state: checks.state,
    nonce: checks.nonce,
  };
  if (loginHint) parameters.login_hint = loginHint;
  return { url: client.buildAuthorizationUrl(config, parameters), checks };
}

/** Exchanges the code; throws when anything about the answer or its ID token is wrong. */
export async function redeemCode(config: client.Configuration, callbackUrl: URL, checks: AuthorizationChecks): Promise<VerifiedIdentity> {
  const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
    pkceCodeVerifier: checks.codeVerifier,
    expectedState: checks.state,
    expectedNonce: checks.nonce,
    idTokenExpected: true,
  });
  const claims = tokens.claims();
  if (!claims) throw new Error('The token response has no ID token');
  // Many providers put e-mail claims in the ID token; conforming ones (scopes with a code flow) only
  // at the UserInfo endpoint, whose answer openid-client checks belongs to the same subject.
  const profile: Record<string, unknown> =
    typeof claims.email === 'string' ? claims : { ...(await client.fetchUserInfo(config, tokens.access_token, claims.sub)), ...claims };
  const email = typeof profile.email === 'string' ? profile.email.trim().toLowerCase() : null;
  return {
    issuer: claims.iss,
    subject: claims.sub,
    email: email || null,
    // Some providers send the string "true"; Entra ID sends no claim at all (null: see resolveAccount).
    emailVerified: profile.email_verified === undefined ? null : profile.email_verified === true || profile.email_verified === 'true',
    name: typeof profile.name === 'string' ? profile.name : null,
  };
}
