import request from 'supertest';
import type { App } from 'supertest/types.js';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, as, expectError, signupTenant, STRONG_PASSWORD, type Member } from './support/factories.js';
import { SoftAuthenticator, type RegistrationOptionsJson } from './support/soft-authenticator.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { enableTotp, login } from './support/totp.js';

/** Deskbook as the authenticator sees it: the RP ID is PUBLIC_URL's hostname, the origin PUBLIC_URL. */
const ORIGIN = 'https://desks.example.com';
const RP_ID = 'desks.example.com';

interface PasskeyBody {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  backedUp: boolean;
}

/** The `name=value` of the flow cookie a response set (the browser would send it back). */
function flowCookie(res: request.Response): string {
  const header = res.headers['set-cookie'] as unknown as string[] | undefined;
  const cookie = (header ?? []).find((c) => c.startsWith('deskbook_passkey_'));
  if (!cookie) throw new Error(`no flow cookie in ${JSON.stringify(header)}`);
  return cookie.split(';')[0];
}

async function registrationOptions(http: App, member: Member) {
  const res = await as(http, member).post('/api/me/passkeys/options').send({ password: member.password }).expect(200);
  return { options: (res.body as { options: RegistrationOptionsJson }).options, cookie: flowCookie(res) };
}

/** Registers a new software passkey for the member through the real ceremony. */
async function addPasskey(http: App, member: Member, name: string): Promise<{ authenticator: SoftAuthenticator; passkey: PasskeyBody }> {
  const authenticator = new SoftAuthenticator(ORIGIN);
  const { options, cookie } = await registrationOptions(http, member);
  const res = await as(http, member)
    .post('/api/me/passkeys')
    .set('Cookie', cookie)
    .send({ name, response: authenticator.register(options) })
    .expect(201);
  return { authenticator, passkey: res.body as PasskeyBody };
}

async function signInOptions(http: App) {
  const res = await request(http).post('/api/auth/passkey/options').send({}).expect(200);
  return {
    options: (res.body as { options: { challenge: string; rpId: string; allowCredentials?: unknown[] } }).options,
    cookie: flowCookie(res),
  };
}

const signIn = (http: App, cookie: string | null, response: object) => {
  const req = request(http).post('/api/auth/passkey');
  return (cookie ? req.set('Cookie', cookie) : req).send({ response });
};

async function auditActions(http: App, admin: Member): Promise<{ action: string; details: Record<string, unknown> | null }[]> {
  return (await as(http, admin).get('/api/admin/audit-log').expect(200)).body as {
    action: string;
    details: Record<string, unknown> | null;
  }[];
}

describe('passkeys (WebAuthn)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_URL: ORIGIN });
  });
  afterAll(() => t.close());

  it('registers two, lists, renames and removes them; options exclude the ones the person has', async () => {
    const admin = await signupTenant(t.http);
    expectError(await as(t.http, admin).post('/api/me/passkeys/options').send({ password: 'not-my-password' }), 403, 'PASSWORD_INCORRECT');
    expectError(await as(t.http, admin).post('/api/me/passkeys/options').send({}), 400, 'VALIDATION_FAILED');

    const first = await addPasskey(t.http, admin, 'Work laptop');
    expect(first.passkey).toMatchObject({ name: 'Work laptop', lastUsedAt: null, backedUp: false });
    const { options } = await registrationOptions(t.http, admin);
    expect(options).toMatchObject({
      rp: { id: RP_ID, name: 'Deskbook' },
      authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
      excludeCredentials: [{ id: first.authenticator.id }],
    });
    const second = await addPasskey(t.http, admin, 'Phone');

    const list = (await as(t.http, admin).get('/api/me/passkeys').expect(200)).body as PasskeyBody[];
    expect(list.map((p) => p.name)).toEqual(['Work laptop', 'Phone']);
    expect(Object.keys(list[0]).sort()).toEqual(['backedUp', 'createdAt', 'id', 'lastUsedAt', 'name']);
    expect((await as(t.http, admin).get('/api/me').expect(200)).body).toMatchObject({ passkeys: 2 });

    const renamed = await as(t.http, admin).patch(`/api/me/passkeys/${second.passkey.id}`).send({ name: 'Pixel 9' }).expect(200);
    expect(renamed.body).toMatchObject({ id: second.passkey.id, name: 'Pixel 9' });
    expectError(await as(t.http, admin).patch(`/api/me/passkeys/${second.passkey.id}`).send({ name: '   ' }), 400, 'VALIDATION_FAILED');
    expectError(
      await as(t.http, admin)
        .patch(`/api/me/passkeys/${second.passkey.id}`)
        .send({ name: 'x'.repeat(65) }),
      400,
      'VALIDATION_FAILED',
    );

    await as(t.http, admin).delete(`/api/me/passkeys/${first.passkey.id}`).expect(204);
    expect(((await as(t.http, admin).get('/api/me/passkeys').expect(200)).body as PasskeyBody[]).map((p) => p.name)).toEqual(['Pixel 9']);
    expectError(await as(t.http, admin).delete(`/api/me/passkeys/${first.passkey.id}`), 404, 'NOT_FOUND');

    const events = await auditActions(t.http, admin);
    const passkeyEvents = events.filter((e) => e.action.startsWith('passkey.'));
    expect(passkeyEvents.map((e) => e.action).sort()).toEqual(['passkey.added', 'passkey.added', 'passkey.removed', 'passkey.renamed']);
    // Ids only: never the name the person gave the passkey.
    expect(JSON.stringify(passkeyEvents)).not.toContain('Pixel');
    expect(passkeyEvents.find((e) => e.action === 'passkey.removed')?.details).toEqual({ passkeyId: first.passkey.id });
  });

  it('refuses a registration without its challenge cookie, for another challenge, from another origin, or twice', async () => {
    const admin = await signupTenant(t.http);
    const authenticator = new SoftAuthenticator(ORIGIN);
    const { options, cookie } = await registrationOptions(t.http, admin);
    const response = authenticator.register(options);
    expectError(await as(t.http, admin).post('/api/me/passkeys').send({ name: 'Key', response }), 400, 'PASSKEY_REGISTRATION_FAILED');
    const other = await registrationOptions(t.http, admin);
    expectError(
      await as(t.http, admin).post('/api/me/passkeys').set('Cookie', other.cookie).send({ name: 'Key', response }),
      400,
      'PASSKEY_REGISTRATION_FAILED',
    );
    const phished = new SoftAuthenticator(ORIGIN).register(options, { origin: 'https://desks.example.com.evil.test' });
    expectError(
      await as(t.http, admin).post('/api/me/passkeys').set('Cookie', cookie).send({ name: 'Key', response: phished }),
      400,
      'PASSKEY_REGISTRATION_FAILED',
    );
    await as(t.http, admin).post('/api/me/passkeys').set('Cookie', cookie).send({ name: 'Key', response }).expect(201);
    // The same credential again (e.g. with fresh options): the unique credential id decides.
    const again = await registrationOptions(t.http, admin);
    expectError(
      await as(t.http, admin)
        .post('/api/me/passkeys')
        .set('Cookie', again.cookie)
        .send({ name: 'Key', response: authenticator.register(again.options) }),
      409,
      'PASSKEY_EXISTS',
    );
    // Another person's session cannot use this person's registration cookie.
    const colleague = await addMember(t.http, admin, 'employee');
    const mine = await registrationOptions(t.http, admin);
    expectError(
      await as(t.http, colleague)
        .post('/api/me/passkeys')
        .set('Cookie', mine.cookie)
        .send({ name: 'Key', response: new SoftAuthenticator(ORIGIN).register(mine.options) }),
      400,
      'PASSKEY_REGISTRATION_FAILED',
    );
  });

  it('signs in with a passkey: discoverable (no allowCredentials), session cookie, no TOTP asked, audited as two-factor', async () => {
    const admin = await signupTenant(t.http);
    await enableTotp(t.http, admin);
    const { authenticator, passkey } = await addPasskey(t.http, admin, 'Laptop');
    const { options, cookie } = await signInOptions(t.http);
    expect(options.rpId).toBe(RP_ID);
    expect(options.allowCredentials ?? []).toEqual([]);
    const res = await signIn(t.http, cookie, authenticator.authenticate(options.challenge, RP_ID)).expect(200);
    const body = res.body as { token: string; user: { id: string }; tenant: { id: string } };
    expect(body.user.id).toBe(admin.userId);
    expect(body.tenant.id).toBe(admin.tenantId);
    expect((res.headers['set-cookie'] as unknown as string[]).some((c) => c.startsWith('deskbook_session='))).toBe(true);
    await as(t.http, body).get('/api/me').expect(200);

    const list = (await as(t.http, admin).get('/api/me/passkeys').expect(200)).body as PasskeyBody[];
    expect(list.find((p) => p.id === passkey.id)?.lastUsedAt).not.toBeNull();
    const signedIn = (await auditActions(t.http, admin)).filter((e) => e.action === 'auth.signed_in');
    expect(signedIn[0].details).toEqual({ twoFactor: true });
  });

  it('answers PASSKEY_INVALID for a bad signature, wrong origin or RP ID, no or a reused challenge, an unknown credential, a counter that went back', async () => {
    const admin = await signupTenant(t.http);
    const { authenticator } = await addPasskey(t.http, admin, 'Laptop');

    const bad = await signInOptions(t.http);
    const tampered = authenticator.authenticate(bad.options.challenge, RP_ID);
    const signature = Buffer.from(tampered.response.signature, 'base64url');
    signature[signature.length - 1] ^= 0x01;
    tampered.response.signature = signature.toString('base64url');
    expectError(await signIn(t.http, bad.cookie, tampered), 401, 'PASSKEY_INVALID');

    const phished = await signInOptions(t.http);
    expectError(
      await signIn(t.http, phished.cookie, authenticator.authenticate(phished.options.challenge, RP_ID, { origin: 'https://evil.test' })),
      401,
      'PASSKEY_INVALID',
    );
    const otherRp = await signInOptions(t.http);
    expectError(
      await signIn(t.http, otherRp.cookie, authenticator.authenticate(otherRp.options.challenge, RP_ID, { rpId: 'evil.test' })),
      401,
      'PASSKEY_INVALID',
    );

    const noCookie = await signInOptions(t.http);
    expectError(await signIn(t.http, null, authenticator.authenticate(noCookie.options.challenge, RP_ID)), 401, 'PASSKEY_INVALID');
    // A challenge the server never issued, with a real cookie for another one.
    const mismatch = await signInOptions(t.http);
    expectError(await signIn(t.http, mismatch.cookie, authenticator.authenticate('bm90LWlzc3VlZA', RP_ID)), 401, 'PASSKEY_INVALID');

    const stranger = new SoftAuthenticator(ORIGIN);
    const unknown = await signInOptions(t.http);
    expectError(await signIn(t.http, unknown.cookie, stranger.authenticate(unknown.options.challenge, RP_ID)), 401, 'PASSKEY_INVALID');

    // Replay: the very same cookie and assertion a second time.
    const once = await signInOptions(t.http);
    const assertion = authenticator.authenticate(once.options.challenge, RP_ID);
    await signIn(t.http, once.cookie, assertion).expect(200);
    expectError(await signIn(t.http, once.cookie, assertion), 401, 'PASSKEY_INVALID');

    // A cloned authenticator: its counter is behind the one the server saw last.
    const cloned = await signInOptions(t.http);
    authenticator.counter -= 2;
    expectError(await signIn(t.http, cloned.cookie, authenticator.authenticate(cloned.options.challenge, RP_ID)), 401, 'PASSKEY_INVALID');
  });

  it('accepts a challenge once even from an authenticator whose counter stays 0', async () => {
    const admin = await signupTenant(t.http);
    const { authenticator } = await addPasskey(t.http, admin, 'Synced');
    const { options, cookie } = await signInOptions(t.http);
    authenticator.counter = -1; // authenticate() counts up to 0: the authenticator does not count
    const assertion = authenticator.authenticate(options.challenge, RP_ID);
    const [a, b] = await Promise.all([signIn(t.http, cookie, assertion), signIn(t.http, cookie, assertion)]);
    expect([a.status, b.status].sort()).toEqual([200, 401]);
    authenticator.counter = -1;
    expectError(await signIn(t.http, cookie, authenticator.authenticate(options.challenge, RP_ID)), 401, 'PASSKEY_INVALID');
  });

  it("another tenant's or person's passkey id is 404 and stays untouched", async () => {
    const owner = await signupTenant(t.http);
    const { passkey } = await addPasskey(t.http, owner, 'Mine');
    const intruder = await signupTenant(t.http);
    const colleague = await addMember(t.http, owner, 'tenant_admin');
    for (const who of [intruder, colleague]) {
      expectError(await as(t.http, who).patch(`/api/me/passkeys/${passkey.id}`).send({ name: 'Hijacked' }), 404, 'NOT_FOUND');
      expectError(await as(t.http, who).delete(`/api/me/passkeys/${passkey.id}`), 404, 'NOT_FOUND');
      expect((await as(t.http, who).get('/api/me/passkeys').expect(200)).body).toEqual([]);
    }
    expect((await as(t.http, owner).get('/api/me/passkeys').expect(200)).body).toMatchObject([{ id: passkey.id, name: 'Mine' }]);
  });

  describe('2FA policy: a passkey counts as two factors', () => {
    it('a covered person with a passkey is enrolled; their password alone is refused (PASSKEY_REQUIRED); the passkey works', async () => {
      const admin = await signupTenant(t.http);
      await enableTotp(t.http, admin);
      await as(t.http, admin)
        .patch('/api/tenant/settings')
        .send({ privacy: { require2fa: 'everyone' } })
        .expect(200);
      const employee = await addMember(t.http, admin, 'employee');
      expect((await as(t.http, employee).get('/api/me').expect(200)).body).toMatchObject({ totpEnrollmentRequired: true, passkeys: 0 });
      expectError(await as(t.http, employee).get('/api/tenant/settings'), 403, 'TOTP_ENROLLMENT_REQUIRED');

      // The enrolment screen offers a passkey: these routes answer before enrolment.
      const { authenticator, passkey } = await addPasskey(t.http, employee, 'Laptop');
      expect((await as(t.http, employee).get('/api/me').expect(200)).body).toMatchObject({ totpEnrollmentRequired: false, passkeys: 1 });
      await as(t.http, employee).get('/api/tenant/settings').expect(200);

      expectError(await login(t.http, employee), 401, 'PASSKEY_REQUIRED');
      const { options, cookie } = await signInOptions(t.http);
      const res = await signIn(t.http, cookie, authenticator.authenticate(options.challenge, RP_ID)).expect(200);
      await as(t.http, res.body as { token: string })
        .get('/api/tenant/settings')
        .expect(200);

      // The last second factor cannot go while the policy covers them; with a second passkey, one can.
      expectError(await as(t.http, employee).delete(`/api/me/passkeys/${passkey.id}`), 409, 'LAST_SECOND_FACTOR');
      const second = await addPasskey(t.http, employee, 'Phone');
      await as(t.http, employee).delete(`/api/me/passkeys/${passkey.id}`).expect(204);
      expectError(await as(t.http, employee).delete(`/api/me/passkeys/${second.passkey.id}`), 409, 'LAST_SECOND_FACTOR');
    });

    it('with TOTP on as well, the password sign-in asks for the code (not the passkey), and any passkey may be removed', async () => {
      const admin = await signupTenant(t.http);
      await enableTotp(t.http, admin);
      await as(t.http, admin)
        .patch('/api/tenant/settings')
        .send({ privacy: { require2fa: 'admins' } })
        .expect(200);
      const { passkey } = await addPasskey(t.http, admin, 'Laptop');
      expectError(await login(t.http, admin), 401, 'TOTP_REQUIRED');
      await as(t.http, admin).delete(`/api/me/passkeys/${passkey.id}`).expect(204);
    });

    it('a person the policy does not cover signs in with the password alone, passkey or not', async () => {
      const admin = await signupTenant(t.http);
      const employee = await addMember(t.http, admin, 'employee');
      await as(t.http, admin)
        .patch('/api/tenant/settings')
        .send({ privacy: { require2fa: 'admins' } })
        .expect(200);
      const { passkey } = await addPasskey(t.http, employee, 'Laptop');
      await login(t.http, employee).expect(200);
      await as(t.http, employee).delete(`/api/me/passkeys/${passkey.id}`).expect(204);
    });
  });

  it('the export lists names and dates, never keys or credential ids; erasure removes the passkeys', async () => {
    const admin = await signupTenant(t.http);
    const alice = await addMember(t.http, admin, 'employee', 'Alice Example');
    const { authenticator } = await addPasskey(t.http, alice, 'Alice laptop');
    const exported = (await as(t.http, alice).get('/api/me/export').expect(200)).body as { passkeys: Record<string, unknown>[] };
    expect(exported.passkeys).toEqual([{ name: 'Alice laptop', createdAt: expect.any(String), lastUsedAt: null, synced: false }]);
    expect(JSON.stringify(exported)).not.toContain(authenticator.id);

    const db = t.app.get(DataSource);
    expect(await db.getRepository('passkeys').countBy({ userId: alice.userId })).toBe(1);
    await as(t.http, alice).delete('/api/me').send({ password: STRONG_PASSWORD }).expect(204);
    expect(await db.getRepository('passkeys').countBy({ userId: alice.userId })).toBe(0);
    const { options, cookie } = await signInOptions(t.http);
    expectError(await signIn(t.http, cookie, authenticator.authenticate(options.challenge, RP_ID)), 401, 'PASSKEY_INVALID');
  });
});
