import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRONG_PASSWORD, as, expectError, signupTenant, uniqueEmail } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { login } from './support/totp.js';

/**
 * Each attempt series sends its own client address (the app trusts X-Forwarded-For here), so lock-outs
 * never leak between tests. Counted, not random: two random picks from one /24 collided now and then.
 */
let ipsHandedOut = 0;
const fakeIp = () => {
  ipsHandedOut++;
  return `198.51.${100 + Math.floor(ipsHandedOut / 250)}.${1 + (ipsHandedOut % 250)}`;
};

describe('brute-force defence', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ TRUST_PROXY: 'true' });
  });
  afterAll(() => t.close());

  const attempt = (ip: string, email: string, password: string) =>
    request(t.http).post('/api/auth/login').set('X-Forwarded-For', ip).send({ email, password });

  it('locks an account after 5 failures with a growing back-off: 429 TOO_MANY_ATTEMPTS and Retry-After', async () => {
    const admin = await signupTenant(t.http);
    const ip = fakeIp();
    for (let i = 0; i < 5; i++) expectError(await attempt(ip, admin.email, 'Wrong-Password-1'), 401, 'INVALID_CREDENTIALS');
    const locked = await attempt(ip, admin.email, admin.password);
    const body = expectError(locked, 429, 'TOO_MANY_ATTEMPTS');
    const retryAfter = Number(locked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(20);
    expect(retryAfter).toBeLessThanOrEqual(30);
    expect(body.details).toEqual({ retryAfterSeconds: retryAfter });
    // Another address does not unlock the account.
    expectError(await attempt(fakeIp(), admin.email, admin.password), 429, 'TOO_MANY_ATTEMPTS');

    const log = (await as(t.http, admin).get('/api/admin/audit-log')).body as { action: string; targetId: string }[];
    expect(log.find((e) => e.action === 'auth.locked_out')).toMatchObject({ targetId: admin.userId });
  });

  it('lets the account in again once the lock expires, and doubles the next lock', async () => {
    const admin = await signupTenant(t.http);
    const ip = fakeIp();
    for (let i = 0; i < 5; i++) await attempt(ip, admin.email, 'Wrong-Password-1').expect(401);
    const throttles = t.app.get(DataSource).getRepository('login_throttles');
    const expire = () =>
      throttles
        .createQueryBuilder()
        .update()
        .set({ lockedUntil: new Date(Date.now() - 1000) })
        .where("key LIKE 'a:%'")
        .execute();
    await expire();
    // One more failure after expiry: the lock grows to 60 s.
    await attempt(ip, admin.email, 'Wrong-Password-1').expect(401);
    const locked = await attempt(ip, admin.email, admin.password);
    expectError(locked, 429, 'TOO_MANY_ATTEMPTS');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(30);
    await expire();
    await attempt(ip, admin.email, admin.password).expect(200);
    // Success clears the account's counter: the next failure is a free one again.
    await attempt(ip, admin.email, 'Wrong-Password-1').expect(401);
    await attempt(ip, admin.email, admin.password).expect(200);
  });

  it('answers an unknown e-mail exactly like a known one, lock-out included (no enumeration)', async () => {
    const admin = await signupTenant(t.http);
    const unknown = uniqueEmail('ghost');
    const ip = fakeIp();
    const known: number[] = [];
    const ghost: number[] = [];
    for (let i = 0; i < 6; i++) {
      known.push((await attempt(ip, admin.email, 'Wrong-Password-1')).status);
      ghost.push((await attempt(fakeIp(), unknown, 'Wrong-Password-1')).status);
    }
    expect(ghost).toEqual(known);
    expect(known).toEqual([401, 401, 401, 401, 401, 429]);
    const a = await attempt(ip, admin.email, 'x');
    const b = await attempt(ip, unknown, 'x');
    expect({ ...a.body, requestId: null, message: null, details: null }).toEqual({
      ...b.body,
      requestId: null,
      message: null,
      details: null,
    });
  });

  it('takes similar time for an unknown e-mail as for a wrong password', async () => {
    const admin = await signupTenant(t.http);
    const time = async (email: string) => {
      const start = process.hrtime.bigint();
      await attempt(fakeIp(), email, 'Wrong-Password-2');
      return Number(process.hrtime.bigint() - start) / 1e6;
    };
    // Both paths run one argon2 verification; compare medians of a few tries.
    const median = (xs: number[]) => xs.sort((p, q) => p - q)[Math.floor(xs.length / 2)];
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 5; i++) {
      known.push(await time(admin.email));
      unknown.push(await time(uniqueEmail()));
    }
    const [k, u] = [median(known), median(unknown)];
    expect(u).toBeGreaterThan(k / 3);
    expect(u).toBeLessThan(k * 3);
  });

  it('limits one address that tries many accounts, even though each account stays under its limit', async () => {
    const ip = fakeIp();
    const statuses: number[] = [];
    for (let i = 0; i < 51; i++) statuses.push((await attempt(ip, uniqueEmail('spray'), 'Wrong-Password-3')).status);
    expect(statuses.slice(0, 50)).toEqual(Array<number>(50).fill(401));
    expect(statuses[50]).toBe(429);
  });

  it('counts a wrong TOTP code as a failed attempt', async () => {
    const admin = await signupTenant(t.http);
    const { enableTotp } = await import('./support/totp.js');
    await enableTotp(t.http, admin);
    const ip = fakeIp();
    for (let i = 0; i < 5; i++) {
      const res = await request(t.http)
        .post('/api/auth/login')
        .set('X-Forwarded-For', ip)
        .send({ email: admin.email, password: admin.password, totp: '000000' });
      expectError(res, 401, 'TOTP_INVALID');
    }
    expectError(await login(t.http, admin, '000000').set('X-Forwarded-For', ip), 429, 'TOO_MANY_ATTEMPTS');
  });

  it('stores no e-mail or address in the throttle table', async () => {
    const email = uniqueEmail('private');
    await attempt('203.0.113.77', email, 'Wrong-Password-4').expect(401);
    const rows = await t.app.get(DataSource).query<Record<string, unknown>[]>('SELECT * FROM login_throttles');
    const dump = JSON.stringify(rows);
    expect(dump).not.toContain(email);
    expect(dump).not.toContain('203.0.113.77');
  });
});

describe('password change and sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('changes the password with the current one and signs out every other session', async () => {
    const admin = await signupTenant(t.http);
    const other = (await login(t.http, admin).expect(200)).body as { token: string };
    const newPassword = 'Another-Correct-Horse-77';
    expectError(
      await as(t.http, admin).post('/api/me/password').send({ currentPassword: 'nope-nope-1', newPassword }),
      403,
      'PASSWORD_INCORRECT',
    );
    expectError(
      await as(t.http, admin).post('/api/me/password').send({ currentPassword: admin.password, newPassword: 'password1' }),
      400,
      'WEAK_PASSWORD',
    );
    await as(t.http, other).get('/api/me').expect(200);

    await as(t.http, admin).post('/api/me/password').send({ currentPassword: admin.password, newPassword }).expect(204);
    await as(t.http, admin).get('/api/me').expect(200);
    expectError(await as(t.http, other).get('/api/me'), 401, 'UNAUTHENTICATED');
    expectError(await login(t.http, admin), 401, 'INVALID_CREDENTIALS');
    await login(t.http, { email: admin.email, password: newPassword }).expect(200);
    const log = (await as(t.http, admin).get('/api/admin/audit-log')).body as { action: string }[];
    expect(log.map((e) => e.action)).toContain('password.changed');
  });

  it('lists the caller’s live sessions with created, last used, user agent and the current one marked', async () => {
    const admin = await signupTenant(t.http);
    await request(t.http)
      .post('/api/auth/login')
      .set('User-Agent', 'Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0')
      .send({ email: admin.email, password: STRONG_PASSWORD })
      .expect(200);
    const revoked = (await login(t.http, admin).expect(200)).body as { token: string };
    await as(t.http, revoked).post('/api/auth/logout').expect(204);
    const sessions = (await as(t.http, admin).get('/api/me/sessions').expect(200)).body as {
      id: string;
      current: boolean;
      userAgent: string | null;
      createdAt: string;
      lastUsedAt: string;
    }[];
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((s) => s.current)).toHaveLength(1);
    expect(sessions.map((s) => s.userAgent)).toContain('Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0');
    for (const s of sessions) {
      expect(Object.keys(s).sort()).toEqual(['createdAt', 'current', 'id', 'lastUsedAt', 'userAgent']);
      expect(new Date(s.createdAt).toISOString()).toBe(s.createdAt);
    }
  });

  it('revokes one of the caller’s sessions; other people’s sessions are 404', async () => {
    const admin = await signupTenant(t.http);
    const phone = (await login(t.http, admin).expect(200)).body as { token: string };
    const sessions = (await as(t.http, admin).get('/api/me/sessions')).body as { id: string; current: boolean }[];
    const phoneSession = sessions.find((s) => !s.current)!;
    const stranger = await signupTenant(t.http);
    expectError(await as(t.http, stranger).delete(`/api/me/sessions/${phoneSession.id}`), 404, 'NOT_FOUND');
    await as(t.http, phone).get('/api/me').expect(200);

    await as(t.http, admin).delete(`/api/me/sessions/${phoneSession.id}`).expect(204);
    expectError(await as(t.http, phone).get('/api/me'), 401, 'UNAUTHENTICATED');
    expectError(await as(t.http, admin).delete(`/api/me/sessions/${phoneSession.id}`), 404, 'NOT_FOUND');
    const log = (await as(t.http, admin).get('/api/admin/audit-log')).body as { action: string }[];
    expect(log.map((e) => e.action)).toContain('session.revoked');
  });
});
