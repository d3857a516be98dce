import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRONG_PASSWORD, addMember, as, expectError, signUpAndConfirm, signupTenant, uniqueEmail } from './support/factories.js';
import { sharedMailbox } from './support/mailbox.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('users and invitations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function invite(admin: { token: string }, role = 'employee') {
    const email = uniqueEmail('invitee');
    const res = await as(t.http, admin).post('/api/users').send({ email, displayName: 'Ida Invitee', role }).expect(201);
    return { email, ...(res.body as { user: { id: string; status: string }; inviteToken: string }) };
  }

  it('invites a user: 201 with the user (status invited) and a single-use token', async () => {
    const admin = await signupTenant(t.http);
    const { user, inviteToken, email } = await invite(admin, 'facility_manager');
    expect(user).toMatchObject({ email, role: 'facility_manager', status: 'invited', displayName: 'Ida Invitee' });
    expect(inviteToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const list = (await as(t.http, admin).get('/api/users').expect(200)).body as { id: string; status: string }[];
    expect(list.find((u) => u.id === user.id)?.status).toBe('invited');
  });

  it('shows the invitation to the invitee, then lets them accept it once', async () => {
    const admin = await signupTenant(t.http, 'Invite Co');
    const { inviteToken, email, user } = await invite(admin);
    const preview = await request(t.http).post('/api/auth/invite-preview').send({ inviteToken }).expect(200);
    expect(preview.body).toEqual({
      email,
      displayName: 'Ida Invitee',
      role: 'employee',
      tenantName: 'Invite Co',
      notice: expect.objectContaining({ version: 1 }),
    });

    const accepted = await request(t.http).post('/api/auth/accept-invite').send({ inviteToken, password: STRONG_PASSWORD }).expect(200);
    expect(accepted.body).toMatchObject({ token: expect.any(String), user: { id: user.id, status: 'active', role: 'employee' } });
    await as(t.http, accepted.body as { token: string })
      .get('/api/me')
      .expect(200);
    await request(t.http).post('/api/auth/login').send({ email, password: STRONG_PASSWORD }).expect(200);

    expectError(
      await request(t.http).post('/api/auth/accept-invite').send({ inviteToken, password: STRONG_PASSWORD }),
      404,
      'INVITE_INVALID',
    );
    expectError(await request(t.http).post('/api/auth/invite-preview').send({ inviteToken }), 404, 'INVITE_INVALID');
  });

  it('accepts one invitation only once even when accepted twice at the same moment', async () => {
    const admin = await signupTenant(t.http);
    const { inviteToken } = await invite(admin);
    const send = () => request(t.http).post('/api/auth/accept-invite').send({ inviteToken, password: STRONG_PASSWORD });
    const results = await Promise.all([send(), send()]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 404]);
  });

  it('refuses an expired invitation', async () => {
    const admin = await signupTenant(t.http);
    const { inviteToken, user } = await invite(admin);
    await t.app
      .get(DataSource)
      .getRepository('invites')
      .update({ userId: user.id }, { expiresAt: new Date(Date.now() - 1000) });
    expectError(
      await request(t.http).post('/api/auth/accept-invite').send({ inviteToken, password: STRONG_PASSWORD }),
      404,
      'INVITE_INVALID',
    );
  });

  it('makes invitations valid for 7 days', async () => {
    const admin = await signupTenant(t.http);
    const { user } = await invite(admin);
    const [row] = await t.app
      .get(DataSource)
      .query<{ expiresAt: string | Date; createdAt: string | Date }[]>('SELECT expiresAt, createdAt FROM invites WHERE userId = ?', [
        user.id,
      ]);
    const days = (new Date(row.expiresAt).getTime() - new Date(row.createdAt).getTime()) / 86_400_000;
    expect(days).toBe(7);
  });

  it('refuses a weak password when accepting, and keeps the invitation usable', async () => {
    const admin = await signupTenant(t.http);
    const { inviteToken } = await invite(admin);
    expectError(await request(t.http).post('/api/auth/accept-invite').send({ inviteToken, password: 'qwertzui' }), 400, 'WEAK_PASSWORD');
    await request(t.http).post('/api/auth/accept-invite').send({ inviteToken, password: STRONG_PASSWORD }).expect(200);
  });

  it('invites an address that has an account in another company exactly like any other (no account enumeration)', async () => {
    const admin = await signupTenant(t.http, 'Inviting Co');
    const elsewhere = await signupTenant(t.http);
    const send = (email: string) => as(t.http, admin).post('/api/users').send({ email, displayName: 'Ida Invitee', role: 'employee' });
    const taken = await send(elsewhere.email.toUpperCase()).expect(201);
    const fresh = await send(uniqueEmail('invitee')).expect(201);
    const shape = (body: unknown) => {
      const { user, inviteToken } = body as { user: Record<string, unknown>; inviteToken: string };
      return { keys: Object.keys(user).sort(), status: user.status, tokenLength: inviteToken.length };
    };
    expect(shape(taken.body)).toEqual(shape(fresh.body));
    expect(taken.body).toMatchObject({ user: { email: elsewhere.email, status: 'invited' } });
    const { inviteToken } = taken.body as { inviteToken: string };

    // The link holder (the admin has it too) sees an ordinary invitation...
    const preview = await request(t.http).post('/api/auth/invite-preview').send({ inviteToken }).expect(200);
    expect(preview.body).toEqual({
      email: elsewhere.email,
      displayName: 'Ida Invitee',
      role: 'employee',
      tenantName: 'Inviting Co',
      notice: expect.objectContaining({ version: 1 }),
    });
    // ...and only accepting it, which the owner of the address does, says the address has an account.
    const accepted = await request(t.http).post('/api/auth/accept-invite').send({ inviteToken, password: STRONG_PASSWORD });
    expect(expectError(accepted, 409, 'ACCOUNT_EXISTS').message).toMatch(/already has a Deskbook account/);
    // Their own account is untouched: same password, same company.
    const login = await request(t.http).post('/api/auth/login').send({ email: elsewhere.email, password: elsewhere.password }).expect(200);
    expect(login.body).toMatchObject({ tenant: { id: elsewhere.tenantId } });
    expectError(
      await request(t.http).post('/api/auth/login').send({ email: elsewhere.email, password: STRONG_PASSWORD.toUpperCase() }),
      401,
      'INVALID_CREDENTIALS',
    );
  });

  it('lets one of two invitations of one address to two companies be accepted; the other then says the account exists', async () => {
    const [first, second] = [await signupTenant(t.http), await signupTenant(t.http)];
    const email = uniqueEmail('wanted');
    const inviteBy = async (admin: { token: string }) =>
      (
        (await as(t.http, admin).post('/api/users').send({ email, displayName: 'Wanda Wanted', role: 'employee' }).expect(201)).body as {
          inviteToken: string;
        }
      ).inviteToken;
    const tokens = [await inviteBy(first), await inviteBy(second)];
    const results = await Promise.all(
      tokens.map((inviteToken) => request(t.http).post('/api/auth/accept-invite').send({ inviteToken, password: STRONG_PASSWORD })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expectError(
      results.find((r) => r.status === 409)!,
      409,
      'ACCOUNT_EXISTS',
    );
    // Signing up with it now only mails its owner that the account exists.
    const mailbox = await sharedMailbox();
    await request(t.http)
      .post('/api/auth/signup')
      .send({ tenantName: 'Third Co', displayName: 'W', email, password: STRONG_PASSWORD })
      .expect(202);
    await mailbox.waitFor({ to: email, template: 'account-exists' });
    expect(mailbox.count({ to: email, template: 'confirm-signup' })).toBe(0);
  });

  it('does not count a pending invitation elsewhere as an account: sign-up with that address works', async () => {
    const admin = await signupTenant(t.http);
    const { email, inviteToken } = await invite(admin);
    await signUpAndConfirm(t.http, { tenantName: 'Own Co', displayName: 'Ida Invitee', email, password: STRONG_PASSWORD });
    expectError(
      await request(t.http).post('/api/auth/accept-invite').send({ inviteToken, password: STRONG_PASSWORD }),
      409,
      'ACCOUNT_EXISTS',
    );
  });

  it('refuses to invite an address twice into the same company (the admin sees the list anyway)', async () => {
    const admin = await signupTenant(t.http);
    const member = await addMember(t.http, admin, 'employee');
    const { email } = await invite(admin);
    for (const taken of [admin.email, member.email, email.toUpperCase()]) {
      expectError(
        await as(t.http, admin).post('/api/users').send({ email: taken, displayName: 'X', role: 'employee' }),
        409,
        'EMAIL_TAKEN',
      );
    }
  });

  it('validates invitations: e-mail, name and role', async () => {
    const admin = await signupTenant(t.http);
    const res = await as(t.http, admin).post('/api/users').send({ email: 'nope', displayName: '', role: 'superuser' });
    const fields = (expectError(res, 400, 'VALIDATION_FAILED').details as { field: string }[]).map((d) => d.field).sort();
    expect(fields).toEqual(['displayName', 'email', 'role']);
  });

  it('changes role and name, and the new role applies to the next request', async () => {
    const admin = await signupTenant(t.http);
    const member = await addMember(t.http, admin, 'employee');
    expectError(await as(t.http, member).get('/api/users'), 403, 'FORBIDDEN');
    const res = await as(t.http, admin)
      .patch(`/api/users/${member.userId}`)
      .send({ role: 'tenant_admin', displayName: 'Maxi' })
      .expect(200);
    expect(res.body).toMatchObject({ id: member.userId, role: 'tenant_admin', displayName: 'Maxi' });
    await as(t.http, member).get('/api/users').expect(200);
  });

  it('never lets the last tenant_admin be demoted or deleted', async () => {
    const admin = await signupTenant(t.http);
    expectError(await as(t.http, admin).patch(`/api/users/${admin.userId}`).send({ role: 'employee' }), 409, 'LAST_ADMIN');
    expectError(await as(t.http, admin).delete(`/api/users/${admin.userId}`), 409, 'LAST_ADMIN');
    expect((await as(t.http, admin).get('/api/me')).body).toMatchObject({ role: 'tenant_admin' });
  });

  it('does not count a pending invitation as an administrator', async () => {
    const admin = await signupTenant(t.http);
    await invite(admin, 'tenant_admin');
    expectError(await as(t.http, admin).patch(`/api/users/${admin.userId}`).send({ role: 'employee' }), 409, 'LAST_ADMIN');
  });

  it('lets one of two admins step down, but never both at once', async () => {
    const admin = await signupTenant(t.http);
    const second = await addMember(t.http, admin, 'tenant_admin');
    // Both pass the role check; only the lock on the tenant keeps the last-admin count honest.
    const results = await Promise.all([
      as(t.http, admin).patch(`/api/users/${admin.userId}`).send({ role: 'employee' }),
      as(t.http, second).patch(`/api/users/${second.userId}`).send({ role: 'employee' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results[0].status === 200 ? second : admin;
    const users = (await as(t.http, winner).get('/api/users').expect(200)).body as { role: string }[];
    expect(users.filter((u) => u.role === 'tenant_admin')).toHaveLength(1);
  });

  it('deletes a user: gone from the list, and their sessions stop working', async () => {
    const admin = await signupTenant(t.http);
    const member = await addMember(t.http, admin, 'employee');
    await as(t.http, member).get('/api/me').expect(200);
    await as(t.http, admin).delete(`/api/users/${member.userId}`).expect(204);
    expectError(await as(t.http, member).get('/api/me'), 401, 'UNAUTHENTICATED');
    const list = (await as(t.http, admin).get('/api/users')).body as { id: string }[];
    expect(list.map((u) => u.id)).not.toContain(member.userId);
    const sessions = await t.app.get(DataSource).query<unknown[]>('SELECT id FROM sessions WHERE userId = ?', [member.userId]);
    expect(sessions).toEqual([]);
    expectError(
      await request(t.http).post('/api/auth/login').send({ email: member.email, password: member.password }),
      401,
      'INVALID_CREDENTIALS',
    );
  });

  it('answers 404 for an unknown user id', async () => {
    const admin = await signupTenant(t.http);
    expectError(
      await as(t.http, admin).patch('/api/users/00000000-0000-4000-8000-000000000000').send({ displayName: 'X' }),
      404,
      'NOT_FOUND',
    );
    expectError(await as(t.http, admin).delete('/api/users/not-a-uuid'), 404, 'NOT_FOUND');
  });
});
