import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, as, expectError, signupTenant, type Member } from './support/factories.js';
import { sharedMailbox } from './support/mailbox.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { enableTotp, login } from './support/totp.js';

describe("an admin resets a member's two-factor authentication", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const reset = (admin: Member, memberId: string, password = admin.password) =>
    as(t.http, admin).post(`/api/users/${memberId}/reset-2fa`).send({ password });
  const recoveryCodeRows = (userId: string) => t.app.get(DataSource).getRepository('recovery_codes').countBy({ userId });
  const userOf = async (admin: Member, id: string) =>
    (await as(t.http, admin).get(`/api/users/${id}`).expect(200)).body as { twoFactorEnabled: boolean };

  /** A tenant requiring 2FA of everyone, with an admin and an employee who both enrolled. */
  async function tenantWithTwoFactor(): Promise<{ admin: Member; employee: Member }> {
    const admin = await signupTenant(t.http);
    const employee = await addMember(t.http, admin, 'employee', 'Erin Employee');
    await enableTotp(t.http, admin);
    await enableTotp(t.http, employee);
    await as(t.http, admin)
      .patch('/api/tenant/settings')
      .send({ privacy: { require2fa: 'everyone' } })
      .expect(200);
    return { admin, employee };
  }

  it('removes TOTP and recovery codes, signs the member out, mails them, audits; they enrol again at the next login', async () => {
    const { admin, employee } = await tenantWithTwoFactor();
    expect(await userOf(admin, employee.userId)).toMatchObject({ twoFactorEnabled: true });
    expect(await recoveryCodeRows(employee.userId)).toBe(10);

    await reset(admin, employee.userId).expect(204);

    expect(await recoveryCodeRows(employee.userId)).toBe(0);
    expect(await userOf(admin, employee.userId)).toMatchObject({ twoFactorEnabled: false });
    expectError(await as(t.http, employee).get('/api/me'), 401, 'UNAUTHENTICATED');
    const mail = await (await sharedMailbox()).waitFor({ to: employee.email, template: 'two-factor-reset' });
    expect(mail.text).toContain('/login');
    expect(mail.headers.get('x-deskbook-template')).toBe('two-factor-reset');
    expect(mail.text).toMatch(/two-factor/i);

    // The password alone signs in; the tenant's policy then asks for a new enrolment first.
    const signedIn = (await login(t.http, employee).expect(200)).body as { token: string };
    const session = { token: signedIn.token };
    expect((await as(t.http, session).get('/api/me').expect(200)).body).toMatchObject({ totpEnabled: false, totpEnrollmentRequired: true });
    expectError(await as(t.http, session).get('/api/tenant/settings'), 403, 'TOTP_ENROLLMENT_REQUIRED');

    const audit = (await as(t.http, admin).get('/api/admin/audit-log').expect(200)).body as {
      action: string;
      actorUserId: string | null;
      targetId: string | null;
    }[];
    expect(audit.filter((e) => e.action === 'user.2fa_reset')).toEqual([
      expect.objectContaining({ actorUserId: admin.userId, targetId: employee.userId }),
    ]);
    expect(JSON.stringify(audit)).not.toContain(employee.email);
  });

  it('lets the member in with the password alone when the tenant does not require 2FA', async () => {
    const admin = await signupTenant(t.http);
    const employee = await addMember(t.http, admin, 'employee');
    await enableTotp(t.http, employee);
    await reset(admin, employee.userId).expect(204);
    const res = await login(t.http, employee).expect(200);
    expect((res.body as { user: { id: string } }).user.id).toBe(employee.userId);
    expect((await as(t.http, { token: (res.body as { token: string }).token }).get('/api/me')).body).toMatchObject({
      totpEnabled: false,
      totpEnrollmentRequired: false,
    });
  });

  it('refuses a wrong admin password and changes nothing', async () => {
    const { admin, employee } = await tenantWithTwoFactor();
    expectError(await reset(admin, employee.userId, 'not-my-password'), 403, 'PASSWORD_INCORRECT');
    expect(await userOf(admin, employee.userId)).toMatchObject({ twoFactorEnabled: true });
    expect(await recoveryCodeRows(employee.userId)).toBe(10);
    await as(t.http, employee).get('/api/me').expect(200);
  });

  it('is for tenant admins only: employees and facility managers get 403', async () => {
    const admin = await signupTenant(t.http);
    const employee = await addMember(t.http, admin, 'employee');
    const manager = await addMember(t.http, admin, 'facility_manager');
    await enableTotp(t.http, employee);
    for (const caller of [employee, manager]) {
      expectError(await reset(caller, employee.userId), 403, 'FORBIDDEN');
    }
    expect(await recoveryCodeRows(employee.userId)).toBe(10);
  });

  it("answers 404 for another tenant's member and changes nothing there", async () => {
    const admin = await signupTenant(t.http);
    const other = await signupTenant(t.http);
    const stranger = await addMember(t.http, other, 'employee');
    await enableTotp(t.http, stranger);
    expectError(await reset(admin, stranger.userId), 404, 'NOT_FOUND');
    expect(await recoveryCodeRows(stranger.userId)).toBe(10);
    await as(t.http, stranger).get('/api/me').expect(200);
  });

  it('is not for oneself, and not for a member without 2FA', async () => {
    const admin = await signupTenant(t.http);
    await enableTotp(t.http, admin);
    const employee = await addMember(t.http, admin, 'employee');
    expectError(await reset(admin, admin.userId), 409, 'CANNOT_RESET_OWN_2FA');
    expectError(await reset(admin, employee.userId), 409, 'TOTP_NOT_ENABLED');
    expectError(await as(t.http, admin).post(`/api/users/${employee.userId}/reset-2fa`).send({}), 400, 'VALIDATION_FAILED');
    await request(t.http).post(`/api/users/${employee.userId}/reset-2fa`).send({ password: 'x' }).expect(401);
  });

  it("removes a member's passkeys too, and is open for a member whose only second factor is a passkey", async () => {
    const admin = await signupTenant(t.http);
    await enableTotp(t.http, admin);
    const employee = await addMember(t.http, admin, 'employee');
    // Arranged in the table: the passkey ceremony itself is passkeys.e2e.spec.ts's.
    const passkeys = t.app.get(DataSource).getRepository('passkeys');
    await passkeys.insert({
      id: randomUUID(),
      tenantId: admin.tenantId,
      userId: employee.userId,
      credentialId: randomUUID(),
      publicKey: 'test-key',
      counter: 0,
      transports: 'internal',
      backedUp: false,
      name: 'Phone',
      createdAt: new Date(),
      lastUsedAt: null,
    });
    await reset(admin, employee.userId).expect(204);
    expect(await passkeys.countBy({ userId: employee.userId })).toBe(0);
    expectError(await reset(admin, employee.userId), 409, 'TOTP_NOT_ENABLED');
  });
});
