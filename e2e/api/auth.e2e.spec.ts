import { createHmac } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRONG_PASSWORD, as, expectError, signupTenant, uniqueEmail } from './support/factories.js';
import { linkToken, sharedMailbox } from './support/mailbox.js';
import { currentNoticeId } from './support/notices.js';
import { startTestApp, type TestApp } from './support/test-app.js';

function sessionCookie(res: request.Response): string {
  const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  const cookie = cookies.find((c) => c.startsWith('deskbook_session='));
  if (!cookie) throw new Error(`no session cookie in ${JSON.stringify(cookies)}`);
  return cookie.split(';')[0];
}

describe('accounts: signup, login, logout, /me', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** Signs up and confirms by the mail; the raw confirmation response (with its Set-Cookie). */
  async function confirmedSignup(body: { tenantName: string; displayName: string; email: string; password: string }) {
    const mailbox = await sharedMailbox();
    await request(t.http).post('/api/auth/signup').send(body).expect(202);
    const token = linkToken(await mailbox.waitFor({ to: body.email, template: 'confirm-signup' }), '/confirm-email#token=');
    return request(t.http).post('/api/auth/confirm-email').send({ token }).expect(200);
  }

  it('confirms a sign-up from its mail into a tenant with its first tenant_admin, returning token, user and tenant', async () => {
    const email = uniqueEmail('Founder').toUpperCase();
    const mailbox = await sharedMailbox();
    const accepted = await request(t.http)
      .post('/api/auth/signup')
      .send({ tenantName: 'Beispiel AG', displayName: 'Frida Founder', email, password: STRONG_PASSWORD })
      .expect(202);
    expect(accepted.body).toEqual({ status: 'confirmation_sent' });
    expect(([] as string[]).concat(accepted.headers['set-cookie'] ?? []).join()).not.toMatch(/deskbook_session/);
    const token = linkToken(await mailbox.waitFor({ to: email, template: 'confirm-signup' }), '/confirm-email#token=');
    const res = await request(t.http).post('/api/auth/confirm-email').send({ token }).expect(200);
    expect(res.body).toMatchObject({
      token: expect.any(String),
      user: { email: email.toLowerCase(), displayName: 'Frida Founder', role: 'tenant_admin', status: 'active' },
      tenant: { name: 'Beispiel AG', slug: expect.stringMatching(/^beispiel-ag-[0-9a-f]{6}$/) },
    });
    expect(JSON.stringify(res.body)).not.toContain('passwordHash');
    const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).join('\n');
    expect(cookie).toMatch(/deskbook_session=.*HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it('refuses a weak password with hints a person can act on', async () => {
    const res = await request(t.http)
      .post('/api/auth/signup')
      .send({ tenantName: 'Weak Inc', displayName: 'W', email: uniqueEmail(), password: 'password1' });
    const body = expectError(res, 400, 'WEAK_PASSWORD');
    const details = body.details as { warning: string | null; suggestions: string[]; score: number };
    expect(details.score).toBeLessThan(3);
    expect(details.warning ?? details.suggestions[0]).toBeTruthy();
  });

  it('refuses a password made of the company name', async () => {
    const res = await request(t.http)
      .post('/api/auth/signup')
      .send({ tenantName: 'Quuxlerwerk', displayName: 'Q', email: uniqueEmail(), password: 'Quuxlerwerk2026' });
    expectError(res, 400, 'WEAK_PASSWORD');
  });

  it('names every invalid or unknown field of a signup', async () => {
    const res = await request(t.http)
      .post('/api/auth/signup')
      .send({ tenantName: 'X', displayName: '', email: 'not-an-email', password: 42, isAdmin: true });
    const body = expectError(res, 400, 'VALIDATION_FAILED');
    const fields = (body.details as { field: string }[]).map((d) => d.field).sort();
    expect(fields).toEqual(['displayName', 'email', 'isAdmin', 'password', 'tenantName']);
  });

  it('logs in with the right password', async () => {
    const admin = await signupTenant(t.http);
    const res = await request(t.http).post('/api/auth/login').send({ email: admin.email, password: admin.password }).expect(200);
    expect(res.body).toMatchObject({ token: expect.any(String), user: { id: admin.userId, role: 'tenant_admin' } });
  });

  it('answers a wrong password and an unknown e-mail identically (no account enumeration)', async () => {
    const admin = await signupTenant(t.http);
    const wrong = await request(t.http).post('/api/auth/login').send({ email: admin.email, password: 'Wrong-Password-123' });
    const unknown = await request(t.http)
      .post('/api/auth/login')
      .send({ email: uniqueEmail('nobody'), password: 'Wrong-Password-123' });
    expectError(wrong, 401, 'INVALID_CREDENTIALS');
    expectError(unknown, 401, 'INVALID_CREDENTIALS');
    const strip = (b: Record<string, unknown>) => ({ ...b, requestId: undefined });
    expect(strip(wrong.body as Record<string, unknown>)).toEqual(strip(unknown.body as Record<string, unknown>));
  });

  it('answers a malformed login body with 400, not 401', async () => {
    expectError(await request(t.http).post('/api/auth/login').send({ email: 'x' }), 400, 'VALIDATION_FAILED');
  });

  it('returns the caller on GET /me with the documented fields only', async () => {
    // The product's defaults: consent to the notice published at sign-up is required (consents.e2e has the rest).
    const admin = await signupTenant(t.http, 'Me GmbH', { consentRequired: true });
    const noticeId = await currentNoticeId(t.http, admin);
    const res = await as(t.http, admin).get('/api/me').expect(200);
    expect(res.body).toEqual({
      id: admin.userId,
      email: admin.email,
      displayName: 'Ada Admin',
      role: 'tenant_admin',
      tenantId: admin.tenantId,
      tenantName: 'Me GmbH',
      locale: 'en',
      totpEnabled: false,
      totpEnrollmentRequired: false,
      consent: { required: true, currentVersionId: noticeId, acceptedVersionId: null, acceptedAt: null },
      findableByColleagues: true,
    });
  });

  it('keeps the language choice on PATCH /me', async () => {
    const admin = await signupTenant(t.http);
    await as(t.http, admin).patch('/api/me').send({ locale: 'de' }).expect(200);
    expect((await as(t.http, admin).get('/api/me')).body).toMatchObject({ locale: 'de' });
    expectError(await as(t.http, admin).patch('/api/me').send({ locale: 'fr' }), 400, 'VALIDATION_FAILED');
  });

  it('rejects requests without a session', async () => {
    expectError(await request(t.http).get('/api/me'), 401, 'UNAUTHENTICATED');
    expectError(await request(t.http).get('/api/me').set('Authorization', 'Bearer not-a-token'), 401, 'UNAUTHENTICATED');
  });

  it('rejects tokens signed with another key, for another audience, or with alg none', async () => {
    const admin = await signupTenant(t.http);
    const [header, payload] = admin.token.split('.');
    const forged = `${header}.${payload}.${createHmac('sha256', 'another-secret').update(`${header}.${payload}`).digest('base64url')}`;
    expectError(await request(t.http).get('/api/me').set('Authorization', `Bearer ${forged}`), 401, 'UNAUTHENTICATED');

    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`;
    expectError(await request(t.http).get('/api/me').set('Authorization', `Bearer ${none}`), 401, 'UNAUTHENTICATED');

    const otherAudience = Buffer.from(JSON.stringify({ ...claims, aud: 'someone-else' })).toString('base64url');
    const key = (await import('../../apps/api/src/auth/secrets.js')).deriveKey(t.config.appSecret, 'jwt');
    const sig = createHmac('sha256', key).update(`${header}.${otherAudience}`).digest('base64url');
    expectError(
      await request(t.http).get('/api/me').set('Authorization', `Bearer ${header}.${otherAudience}.${sig}`),
      401,
      'UNAUTHENTICATED',
    );
  });

  it('revokes the session on logout: the same token stops working', async () => {
    const admin = await signupTenant(t.http);
    await as(t.http, admin).get('/api/me').expect(200);
    await as(t.http, admin).post('/api/auth/logout').expect(204);
    expectError(await as(t.http, admin).get('/api/me'), 401, 'UNAUTHENTICATED');
  });

  it('logging out one session leaves the others working', async () => {
    const admin = await signupTenant(t.http);
    const second = await request(t.http).post('/api/auth/login').send({ email: admin.email, password: admin.password }).expect(200);
    await as(t.http, admin).post('/api/auth/logout').expect(204);
    await as(t.http, { token: (second.body as { token: string }).token })
      .get('/api/me')
      .expect(200);
  });

  describe('cookie sessions and the CSRF header', () => {
    it('authenticates by cookie and revokes it on logout', async () => {
      const cookie = sessionCookie(
        await confirmedSignup({ tenantName: 'Cookie KG', displayName: 'C', email: uniqueEmail(), password: STRONG_PASSWORD }),
      );
      await request(t.http).get('/api/me').set('Cookie', cookie).expect(200);
      const logout = await request(t.http).post('/api/auth/logout').set('Cookie', cookie).set('X-Requested-With', 'deskbook').expect(204);
      expect(([] as string[]).concat(logout.headers['set-cookie'] ?? []).join()).toMatch(/deskbook_session=;/);
      expectError(await request(t.http).get('/api/me').set('Cookie', cookie), 401, 'UNAUTHENTICATED');
    });

    it('refuses a cookie-authenticated state change without X-Requested-With', async () => {
      const cookie = sessionCookie(
        await confirmedSignup({ tenantName: 'Csrf SE', displayName: 'C', email: uniqueEmail(), password: STRONG_PASSWORD }),
      );
      expectError(await request(t.http).patch('/api/me').set('Cookie', cookie).send({ locale: 'de' }), 403, 'CSRF_HEADER_MISSING');
      expectError(await request(t.http).post('/api/auth/logout').set('Cookie', cookie), 403, 'CSRF_HEADER_MISSING');
      // Nothing happened: the session still works and the locale is unchanged.
      expect((await request(t.http).get('/api/me').set('Cookie', cookie).expect(200)).body).toMatchObject({ locale: 'en' });
      await request(t.http).patch('/api/me').set('Cookie', cookie).set('X-Requested-With', 'deskbook').send({ locale: 'de' }).expect(200);
    });

    it('does not ask bearer callers for the header', async () => {
      const admin = await signupTenant(t.http);
      await as(t.http, admin).patch('/api/me').send({ locale: 'de' }).expect(200);
    });
  });
});

describe('rate limit on /auth/*', () => {
  let t: TestApp;
  let ipsHandedOut = 0;
  // Each test its own client address, so one test's requests do not spend another's budget.
  const fakeIp = () => `203.0.113.${++ipsHandedOut}`;
  beforeAll(async () => {
    t = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '3', TRUST_PROXY: 'true' });
  });
  afterAll(() => t.close());

  it('answers 429 in the shared shape with a standard Retry-After once an address exceeds the limit', async () => {
    const ip = fakeIp();
    const attempt = () =>
      request(t.http).post('/api/auth/login').set('X-Forwarded-For', ip).send({ email: uniqueEmail(), password: 'whatever-password' });
    for (let i = 0; i < 3; i++) expect((await attempt()).status).toBe(401);
    const limited = await attempt();
    const body = expectError(limited, 429, 'TOO_MANY_REQUESTS');
    const retryAfter = Number(limited.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(body.details).toEqual({ retryAfterSeconds: retryAfter });
    expect(body.message).toBe(`Too many requests; try again in ${retryAfter} seconds`);
    expect(limited.headers['retry-after-auth']).toBeUndefined();
    // Endpoints outside /auth are not limited by it.
    await request(t.http).get('/api/health').set('X-Forwarded-For', ip).expect(200);
  });

  it('spends one budget per address across every /auth/* route: invite previews slow logins down', async () => {
    const ip = fakeIp();
    for (let i = 0; i < 3; i++) {
      const preview = await request(t.http)
        .post('/api/auth/invite-preview')
        .set('X-Forwarded-For', ip)
        .send({ inviteToken: 'not-a-real-invite-token' });
      expectError(preview, 404, 'INVITE_INVALID');
    }
    const login = await request(t.http)
      .post('/api/auth/login')
      .set('X-Forwarded-For', ip)
      .send({ email: uniqueEmail(), password: 'whatever-password' });
    expectError(login, 429, 'TOO_MANY_REQUESTS');
    // Another address still has its own budget.
    const other = await request(t.http)
      .post('/api/auth/login')
      .set('X-Forwarded-For', fakeIp())
      .send({ email: uniqueEmail(), password: 'x' });
    expectError(other, 401, 'INVALID_CREDENTIALS');
  });

  it('counts sign-ups with a taken address in that budget, so they cannot probe addresses in bulk', async () => {
    const ip = fakeIp();
    const admin = await signupTenant(t.http);
    const taken = () =>
      request(t.http)
        .post('/api/auth/signup')
        .set('X-Forwarded-For', ip)
        .send({ tenantName: 'Probe GmbH', displayName: 'Pat Probe', email: admin.email, password: STRONG_PASSWORD });
    for (let i = 0; i < 3; i++) await taken().expect(202);
    const login = await request(t.http)
      .post('/api/auth/login')
      .set('X-Forwarded-For', ip)
      .send({ email: admin.email, password: admin.password });
    expectError(login, 429, 'TOO_MANY_REQUESTS');
  });
});
