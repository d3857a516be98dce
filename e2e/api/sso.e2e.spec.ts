import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addMember, as, expectError, signupTenant, STRONG_PASSWORD, type Member } from './support/factories.js';
import { signInAtProvider, startOidcProvider, type TestOidcProvider } from './support/oidc-provider.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { enableTotp, login, totpCode } from './support/totp.js';

/** Deskbook's public origin in this file: the redirect URI registered at the provider is built from it. */
const ORIGIN = 'http://127.0.0.1:3999';
const REDIRECT_URI = `${ORIGIN}/api/auth/sso/callback`;

describe('single sign-on with OpenID Connect (a real provider, started by the test)', () => {
  let t: TestApp;
  let idp: TestOidcProvider;
  beforeAll(async () => {
    idp = await startOidcProvider([REDIRECT_URI]);
    t = await startTestApp({ PUBLIC_URL: ORIGIN });
  });
  afterAll(async () => {
    await t.close();
    await idp.close();
  });
  afterEach(() => {
    idp.tamper = null;
  });

  const newDomain = () => `corp-${randomBytes(4).toString('hex')}.test`;
  const ssoSettings = (domains: string[], overrides: Record<string, unknown> = {}) => ({
    enabled: true,
    issuer: idp.issuer,
    clientId: idp.clientId,
    clientSecret: idp.clientSecret,
    domains,
    defaultRole: 'facility_manager',
    ssoOnly: false,
    ...overrides,
  });

  /** A tenant with SSO on for a fresh domain; its login URL found the way the login page finds it. */
  async function ssoTenant(overrides: Record<string, unknown> = {}): Promise<{ admin: Member; domain: string; loginPath: string }> {
    const admin = await signupTenant(t.http);
    const domain = newDomain();
    await as(t.http, admin)
      .put('/api/tenant/sso')
      .send(ssoSettings([domain], overrides))
      .expect(200);
    const discovered = await request(t.http)
      .get('/api/auth/sso/discover')
      .query({ email: `someone@${domain}` })
      .expect(200);
    const { loginUrl } = discovered.body as { sso: boolean; loginUrl: string };
    return { admin, domain, loginPath: loginUrl.split('?')[0] };
  }

  /** A person at the provider; returns the account id (`sub`). */
  /** `emailVerified` null: the provider sends no such claim (Entra ID). */
  function providerAccount(email: string, emailVerified: boolean | null = true, name = 'Pat Provider'): string {
    const sub = `sub-${randomBytes(6).toString('hex')}`;
    idp.accounts.set(sub, { email, emailVerified: emailVerified ?? undefined, name });
    return sub;
  }

  const flowCookieOf = (res: request.Response): string => {
    const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('deskbook_sso='));
    if (!cookie) throw new Error('no flow cookie');
    return cookie.split(';')[0];
  };

  /** Deskbook's login → the provider (login and consent pages) → the URL it sends the browser back to. */
  async function toProviderAndBack(loginPath: string, sub: string): Promise<{ cookie: string; callbackUrl: URL }> {
    const started = await request(t.http).get(loginPath).expect(302);
    const authorization = new URL(started.headers.location);
    expect(authorization.origin).toBe(idp.issuer);
    const { callbackUrl } = await signInAtProvider(authorization.href, sub);
    if (!callbackUrl) throw new Error('the provider did not send the browser back');
    return { cookie: flowCookieOf(started), callbackUrl };
  }

  const callback = (callbackUrl: URL, cookie: string | null) => {
    const req = request(t.http).get(`/api/auth/sso/callback${callbackUrl.search}`);
    return cookie ? req.set('Cookie', cookie) : req;
  };
  const sessionCookieOf = (res: request.Response) =>
    ([] as string[])
      .concat(res.headers['set-cookie'] ?? [])
      .find((c) => c.startsWith('deskbook_session='))
      ?.split(';')[0];
  const me = (sessionCookie: string) => request(t.http).get('/api/me').set('Cookie', sessionCookie);

  async function signInWithSso(loginPath: string, sub: string): Promise<request.Response> {
    const { cookie, callbackUrl } = await toProviderAndBack(loginPath, sub);
    return callback(callbackUrl, cookie);
  }

  const expectSsoError = (res: request.Response, code: string) => {
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe(`/login?sso_error=${code}`);
    expect(sessionCookieOf(res)).toBeUndefined();
  };

  describe('the sign-in flow', () => {
    it('sends the browser to the provider with PKCE (S256), state, nonce and the login hint, in a sealed short-lived cookie', async () => {
      const { loginPath, domain } = await ssoTenant();
      const res = await request(t.http)
        .get(loginPath)
        .query({ login_hint: `ada@${domain}` })
        .expect(302);
      const url = new URL(res.headers.location);
      expect(url.searchParams.get('client_id')).toBe(idp.clientId);
      expect(url.searchParams.get('redirect_uri')).toBe(REDIRECT_URI);
      expect(url.searchParams.get('scope')).toBe('openid email profile');
      expect(url.searchParams.get('code_challenge_method')).toBe('S256');
      expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
      expect(url.searchParams.get('state')).toMatch(/^[\w-]{32,}$/);
      expect(url.searchParams.get('nonce')).toMatch(/^[\w-]{32,}$/);
      expect(url.searchParams.get('login_hint')).toBe(`ada@${domain}`);
      const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('deskbook_sso='))!;
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/Path=\/api\/auth\/sso/);
      expect(cookie).toMatch(/SameSite=Lax/);
      // Sealed: neither the state nor the verifier can be read from it.
      expect(cookie).not.toContain(url.searchParams.get('state'));
    });

    it('creates a person just in time with the default role, and signs them in with a session that works', async () => {
      const { admin, loginPath, domain } = await ssoTenant();
      const sub = providerAccount(`jit.person@${domain}`, true, 'Jit Person');
      const res = await signInWithSso(loginPath, sub);
      expect(res.status).toBe(302);
      expect(res.headers.location).toBe('/');
      const session = sessionCookieOf(res)!;
      const profile = (await me(session).expect(200)).body as { email: string; role: string; displayName: string; tenantId: string };
      expect(profile).toMatchObject({
        email: `jit.person@${domain}`,
        role: 'facility_manager',
        displayName: 'Jit Person',
        tenantId: admin.tenantId,
      });

      // The second time the link finds the same person.
      const again = await signInWithSso(loginPath, sub);
      expect(((await me(sessionCookieOf(again)!).expect(200)).body as { id: string }).id).toBe((profile as unknown as { id: string }).id);

      const events = (await as(t.http, admin).get('/api/admin/audit-log').expect(200)).body as { action: string; details: unknown }[];
      const actions = events.map((e) => e.action);
      expect(actions).toContain('user.created_jit');
      expect(actions.filter((a) => a === 'auth.sso_login')).toHaveLength(2);
      expect(actions).toContain('auth.signed_in');
      expect(actions).toContain('sso.configured');
      expect(JSON.stringify(events)).not.toContain(idp.clientSecret);
    });

    it("trusts a provider that says nothing about verification (Entra ID) for the tenant's own domains only", async () => {
      const { admin, loginPath, domain } = await ssoTenant();
      const inDomain = providerAccount(`silent.${randomBytes(3).toString('hex')}@${domain}`, null);
      expect((await signInWithSso(loginPath, inDomain)).headers.location).toBe('/');
      const email = `silent.${randomBytes(3).toString('hex')}@elsewhere.test`;
      await as(t.http, admin).post('/api/users').send({ email, displayName: 'Sid Silent', role: 'employee' }).expect(201);
      expectSsoError(await signInWithSso(loginPath, providerAccount(email, null)), 'SSO_EMAIL_UNVERIFIED');
    });

    it('links an invited member by a verified e-mail (any domain), and the invitation is used up', async () => {
      const { admin, loginPath } = await ssoTenant();
      const email = `invited.${randomBytes(3).toString('hex')}@elsewhere.test`;
      const invited = await as(t.http, admin).post('/api/users').send({ email, displayName: 'Ivy Invited', role: 'employee' }).expect(201);
      const { inviteToken, user } = invited.body as { inviteToken: string; user: { id: string } };
      const id = user.id;

      const unverified = providerAccount(email, false);
      expectSsoError(await signInWithSso(loginPath, unverified), 'SSO_EMAIL_UNVERIFIED');

      const res = await signInWithSso(loginPath, providerAccount(email, true));
      expect(res.headers.location).toBe('/');
      expect((await me(sessionCookieOf(res)!).expect(200)).body).toMatchObject({ id, role: 'employee' });
      expectError(
        await request(t.http).post('/api/auth/accept-invite').send({ inviteToken, password: STRONG_PASSWORD }),
        404,
        'INVITE_INVALID',
      );
    });

    it("refuses a verified address outside the tenant's domains", async () => {
      const { loginPath } = await ssoTenant();
      expectSsoError(await signInWithSso(loginPath, providerAccount(`stranger@${newDomain()}`)), 'SSO_DOMAIN_NOT_ALLOWED');
    });

    it('refuses ACCOUNT_EXISTS when the address signs in to another tenant already', async () => {
      const { admin, loginPath, domain } = await ssoTenant();
      const otherAdmin = await signupTenant(t.http);
      const otherMember = await addMember(t.http, otherAdmin, 'employee');
      // Their own address, of a domain this tenant does not own: refused for the domain, nothing said about the account.
      expectSsoError(await signInWithSso(loginPath, providerAccount(otherMember.email)), 'SSO_DOMAIN_NOT_ALLOWED');
      // An account elsewhere with an address of this tenant's domain.
      const email = `already@${domain}`;
      const invited = await as(t.http, otherAdmin)
        .post('/api/users')
        .send({ email, displayName: 'Al Ready', role: 'employee' })
        .expect(201);
      await request(t.http)
        .post('/api/auth/accept-invite')
        .send({ inviteToken: (invited.body as { inviteToken: string }).inviteToken, password: STRONG_PASSWORD })
        .expect(200);
      const before = ((await as(t.http, admin).get('/api/users').expect(200)).body as unknown[]).length;
      expectSsoError(await signInWithSso(loginPath, providerAccount(email)), 'ACCOUNT_EXISTS');
      expect(((await as(t.http, admin).get('/api/users').expect(200)).body as unknown[]).length).toBe(before);
    });
  });

  describe('what the callback refuses', () => {
    it('a wrong state, a missing cookie or a forged one: SSO_STATE_INVALID, never a session', async () => {
      const { loginPath, domain } = await ssoTenant();
      const sub = providerAccount(`state@${domain}`);
      const { cookie, callbackUrl } = await toProviderAndBack(loginPath, sub);
      const wrongState = new URL(callbackUrl);
      wrongState.searchParams.set('state', 'not-the-state-we-sent');
      expectSsoError(await callback(wrongState, cookie), 'SSO_STATE_INVALID');
      expectSsoError(await callback(callbackUrl, null), 'SSO_STATE_INVALID');
      expectSsoError(await callback(callbackUrl, 'deskbook_sso=forged.value.here'), 'SSO_STATE_INVALID');
    });

    it('a replayed code: SSO_FAILED the second time', async () => {
      const { loginPath, domain } = await ssoTenant();
      const { cookie, callbackUrl } = await toProviderAndBack(loginPath, providerAccount(`replay@${domain}`));
      const first = await callback(callbackUrl, cookie);
      expect(first.headers.location).toBe('/');
      expectSsoError(await callback(callbackUrl, cookie), 'SSO_FAILED');
    });

    it('an ID token for another audience: SSO_FAILED', async () => {
      const { loginPath, domain } = await ssoTenant();
      idp.tamper = (claims) => ({ ...claims, aud: 'some-other-client' });
      expectSsoError(await signInWithSso(loginPath, providerAccount(`aud@${domain}`)), 'SSO_FAILED');
    });

    it('an expired ID token: SSO_FAILED', async () => {
      const { loginPath, domain } = await ssoTenant();
      const now = Math.floor(Date.now() / 1000);
      idp.tamper = (claims) => ({ ...claims, iat: now - 7200, exp: now - 3600 });
      expectSsoError(await signInWithSso(loginPath, providerAccount(`expired@${domain}`)), 'SSO_FAILED');
    });

    it('a person removed at the provider cannot sign in any more', async () => {
      const { loginPath, domain } = await ssoTenant();
      const sub = providerAccount(`leaver@${domain}`);
      expect((await signInWithSso(loginPath, sub)).headers.location).toBe('/');
      idp.accounts.delete(sub);
      const started = await request(t.http).get(loginPath).expect(302);
      const attempt = await signInAtProvider(started.headers.location, sub);
      // The provider does not vouch for an account it no longer has: it shows its error page and never
      // sends the browser back with a code, so Deskbook never gets an ID token for the person.
      expect(attempt.callbackUrl).toBeNull();
      expect(attempt.lastPage).toContain('something went wrong');
    });

    it('an unknown tenant or a disabled connection: back to the login page, no redirect to a provider', async () => {
      expectSsoError(await request(t.http).get('/api/auth/sso/no-such-tenant/login'), 'SSO_FAILED');
      const { admin, loginPath, domain } = await ssoTenant();
      await as(t.http, admin)
        .put('/api/tenant/sso')
        .send(ssoSettings([domain], { enabled: false }))
        .expect(200);
      expectSsoError(await request(t.http).get(loginPath), 'SSO_FAILED');
    });
  });

  describe('SSO only', () => {
    it('refuses member passwords and admins without 2FA (SSO_REQUIRED with the login URL); admins with 2FA keep a break-glass password', async () => {
      const admin = await signupTenant(t.http);
      const member = await addMember(t.http, admin, 'employee');
      const domain = newDomain();
      await as(t.http, admin)
        .put('/api/tenant/sso')
        .send(ssoSettings([domain], { ssoOnly: true }))
        .expect(200);
      const refused = expectError(await login(t.http, member), 403, 'SSO_REQUIRED');
      expect((refused.details as { loginUrl: string }).loginUrl).toMatch(/^\/api\/auth\/sso\/[\w-]+\/login\?login_hint=/);
      expectError(await login(t.http, admin), 403, 'SSO_REQUIRED');
      // A wrong password is still just wrong (nothing said about SSO before the password is right).
      expectError(await login(t.http, { email: member.email, password: 'Wrong-Password-123' }), 401, 'INVALID_CREDENTIALS');

      const { secret } = await enableTotp(t.http, admin);
      expectError(await login(t.http, admin), 401, 'TOTP_REQUIRED');
      await login(t.http, admin, await totpCode(secret, 1)).expect(200);
    });

    it('does not ask SSO sessions to enrol in 2FA: the identity provider owns the second factor', async () => {
      const { admin, loginPath, domain } = await ssoTenant({ defaultRole: 'employee' });
      await as(t.http, admin)
        .patch('/api/tenant/settings')
        .send({ privacy: { require2fa: 'everyone' } })
        .expect(200);
      const res = await signInWithSso(loginPath, providerAccount(`no-enrol@${domain}`));
      const session = sessionCookieOf(res)!;
      expect((await me(session).expect(200)).body).toMatchObject({ totpEnrollmentRequired: false });
      await request(t.http).get('/api/tenant/settings').set('Cookie', session).expect(200);
    });
  });

  describe('settings (GET/PUT /tenant/sso)', () => {
    it('never returns the secret, and stores it sealed; leaving it out keeps it', async () => {
      const { admin, domain } = await ssoTenant();
      const res = await as(t.http, admin).get('/api/tenant/sso').expect(200);
      expect(res.body).toEqual({
        enabled: true,
        issuer: idp.issuer,
        clientId: idp.clientId,
        hasClientSecret: true,
        domains: [domain],
        defaultRole: 'facility_manager',
        ssoOnly: false,
        redirectUri: REDIRECT_URI,
      });
      expect(res.text).not.toContain(idp.clientSecret);
      const rows = await t.app
        .get(DataSource)
        .query<{ clientSecretSealed: string }[]>('SELECT clientSecretSealed FROM sso_connections WHERE tenantId = ?', [admin.tenantId]);
      expect(rows[0].clientSecretSealed).toBeTruthy();
      expect(rows[0].clientSecretSealed).not.toContain(idp.clientSecret);
      expect(rows[0].clientSecretSealed).not.toContain(Buffer.from(idp.clientSecret).toString('base64'));

      const { clientSecret: _omitted, ...withoutSecret } = ssoSettings([domain]);
      await as(t.http, admin).put('/api/tenant/sso').send(withoutSecret).expect(200);
      const again = await t.app
        .get(DataSource)
        .query<{ clientSecretSealed: string }[]>('SELECT clientSecretSealed FROM sso_connections WHERE tenantId = ?', [admin.tenantId]);
      expect(again[0].clientSecretSealed).toBe(rows[0].clientSecretSealed);
      // And the kept secret still signs people in (the provider checks it at the token endpoint).
      const discovered = await request(t.http)
        .get('/api/auth/sso/discover')
        .query({ email: `x@${domain}` });
      const loginPath = (discovered.body as { loginUrl: string }).loginUrl.split('?')[0];
      expect((await signInWithSso(loginPath, providerAccount(`kept@${domain}`))).headers.location).toBe('/');
      const exported = await as(t.http, admin).get('/api/admin/export').expect(200);
      expect(exported.text).not.toContain(idp.clientSecret);
      expect(exported.text).not.toContain(rows[0].clientSecretSealed);
      expect((JSON.parse(exported.text) as { singleSignOn: unknown }).singleSignOn).toMatchObject({
        issuer: idp.issuer,
        hasClientSecret: true,
      });
    });

    it('a domain of another tenant: 409 SSO_DOMAIN_TAKEN', async () => {
      const { domain } = await ssoTenant();
      const other = await signupTenant(t.http);
      const body = expectError(
        await as(t.http, other)
          .put('/api/tenant/sso')
          .send(ssoSettings([domain.toUpperCase()])),
        409,
        'SSO_DOMAIN_TAKEN',
      );
      expect(body.details).toEqual({ domains: [domain] });
    });

    it('checks the issuer: https only (loopback http aside), and reachable by discovery', async () => {
      const admin = await signupTenant(t.http);
      const domain = newDomain();
      expectError(
        await as(t.http, admin)
          .put('/api/tenant/sso')
          .send(ssoSettings([domain], { issuer: 'http://idp.example.com' })),
        400,
        'VALIDATION_FAILED',
      );
      expectError(
        await as(t.http, admin)
          .put('/api/tenant/sso')
          .send(ssoSettings([domain], { issuer: 'http://127.0.0.1:1' })),
        400,
        'SSO_ISSUER_UNREACHABLE',
      );
      expectError(
        await as(t.http, admin)
          .put('/api/tenant/sso')
          .send(ssoSettings(['not a domain'])),
        400,
        'VALIDATION_FAILED',
      );
      expectError(
        await as(t.http, admin)
          .put('/api/tenant/sso')
          .send(ssoSettings([domain], { defaultRole: 'owner' })),
        400,
        'VALIDATION_FAILED',
      );
    });

    it("is the tenant admin's alone: members get 403, another tenant's admin sees only their own tenant", async () => {
      const { admin, domain } = await ssoTenant();
      const member = await addMember(t.http, admin, 'facility_manager');
      expectError(await as(t.http, member).get('/api/tenant/sso'), 403, 'FORBIDDEN');
      expectError(
        await as(t.http, member)
          .put('/api/tenant/sso')
          .send(ssoSettings([newDomain()])),
        403,
        'FORBIDDEN',
      );
      const other = await signupTenant(t.http);
      const theirs = (await as(t.http, other).get('/api/tenant/sso').expect(200)).body as {
        enabled: boolean;
        domains: string[];
        issuer: string;
      };
      expect(theirs).toMatchObject({ enabled: false, domains: [], issuer: '', hasClientSecret: false });
      // Changing their own leaves the first tenant's untouched.
      await as(t.http, other)
        .put('/api/tenant/sso')
        .send(ssoSettings([newDomain()], { enabled: false }))
        .expect(200);
      expect((await as(t.http, admin).get('/api/tenant/sso').expect(200)).body).toMatchObject({ enabled: true, domains: [domain] });
    });
  });

  describe('discovery by domain and personal data', () => {
    it('answers sso: true with the login URL for enabled domains only', async () => {
      const { admin, domain } = await ssoTenant();
      const hit = await request(t.http)
        .get('/api/auth/sso/discover')
        .query({ email: `Some.One@${domain.toUpperCase()}` })
        .expect(200);
      expect(hit.body).toEqual({
        sso: true,
        loginUrl: expect.stringMatching(/^\/api\/auth\/sso\/[\w-]+\/login\?login_hint=Some\.One%40/) as string,
      });
      expect(
        (
          await request(t.http)
            .get('/api/auth/sso/discover')
            .query({ email: `a@${newDomain()}` })
            .expect(200)
        ).body,
      ).toEqual({ sso: false });
      expect((await request(t.http).get('/api/auth/sso/discover').query({ email: 'no-at-sign' }).expect(200)).body).toEqual({ sso: false });
      await as(t.http, admin)
        .put('/api/tenant/sso')
        .send(ssoSettings([domain], { enabled: false }))
        .expect(200);
      expect(
        (
          await request(t.http)
            .get('/api/auth/sso/discover')
            .query({ email: `a@${domain}` })
            .expect(200)
        ).body,
      ).toEqual({ sso: false });
    });

    it('exports the link in GET /me/export and erases it with the person', async () => {
      const { admin, loginPath, domain } = await ssoTenant();
      const sub = providerAccount(`export@${domain}`);
      const session = sessionCookieOf(await signInWithSso(loginPath, sub))!;
      const exported = (await request(t.http).get('/api/me/export').set('Cookie', session).expect(200)).body as {
        singleSignOn: { issuer: string; subject: string }[];
      };
      expect(exported.singleSignOn).toEqual([expect.objectContaining({ issuer: idp.issuer, subject: sub })]);
      const userId = ((await me(session).expect(200)).body as { id: string }).id;
      await as(t.http, admin).delete(`/api/users/${userId}`).expect(204);
      await me(session).expect(401);
      const rows = await t.app.get(DataSource).query<unknown[]>('SELECT id FROM sso_links WHERE userId = ?', [userId]);
      expect(rows).toHaveLength(0);
    });
  });
});
