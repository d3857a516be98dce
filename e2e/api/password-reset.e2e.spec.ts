import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PasswordResetService } from '../../apps/api/src/auth/password-reset/password-reset.service.js';
import { addMember, as, expectError, signupTenant, uniqueEmail, type Member } from './support/factories.js';
import { linkToken, sharedMailbox, type Mailbox } from './support/mailbox.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { enableTotp, login, totpCode } from './support/totp.js';

const NEW_PASSWORD = 'Lantern-Orchard-Velvet-93';
const RESET_LINK = '/reset-password#token=';

interface ResetRow {
  id: string;
  userId: string;
  tokenHash: string;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
}

describe('password reset by e-mail', () => {
  let t: TestApp;
  let mailbox: Mailbox;
  const logLines: string[] = [];
  beforeAll(async () => {
    mailbox = await sharedMailbox();
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logLines.push(chunk.toString());
        done();
      },
    });
    t = await startTestApp({}, { logger: pino({ level: 'debug' }, sink) });
  });
  afterAll(() => t.close());

  const ask = (email: string) => request(t.http).post('/api/auth/password-reset').send({ email });
  const confirm = (token: string, password = NEW_PASSWORD) =>
    request(t.http).post('/api/auth/password-reset/confirm').send({ token, password });
  const resetRows = (userId: string) =>
    t.app
      .get(DataSource)
      .getRepository<ResetRow>('password_resets')
      .find({ where: { userId }, order: { createdAt: 'ASC' } });

  /** Asks for a link for this member and reads its token out of the mail they receive. */
  async function mailedToken(member: Pick<Member, 'email'>): Promise<string> {
    const query = { to: member.email, template: 'password-reset' };
    const before = mailbox.count(query);
    await ask(member.email).expect(202);
    return linkToken(await mailbox.waitFor({ ...query, after: before }), RESET_LINK);
  }

  it('mails a single-use link; the new password works, the old one not, and every session is signed out', async () => {
    const admin = await signupTenant(t.http);
    const otherSession = (await login(t.http, admin).expect(200)).body as { token: string };

    const asked = await ask(admin.email).expect(202);
    expect(asked.body).toEqual({ status: 'reset_requested' });
    const mail = await mailbox.waitFor({ to: admin.email, template: 'password-reset' });
    expect(mail.headers.get('x-deskbook-template')).toBe('password-reset');
    expect(mail.subject).toMatch(/password/i);
    const token = linkToken(mail, RESET_LINK);
    // 32 random bytes (256 bits), in the fragment so it never reaches a server log.
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(mail.text).toContain(`${RESET_LINK}${token}`);
    expect(mail.html).toContain(`${RESET_LINK}${token}`);
    // Only its SHA-256 is stored, valid 30 minutes.
    const [row] = await resetRows(admin.userId);
    expect(row.tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(await resetRows(admin.userId))).not.toContain(token);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(30 * 60_000);

    await confirm(token).expect(204);
    expectError(await confirm(token, 'Another-Fine-Passphrase-77'), 400, 'RESET_TOKEN_INVALID');

    for (const session of [admin.token, otherSession.token]) {
      expectError(await as(t.http, { token: session }).get('/api/me'), 401, 'UNAUTHENTICATED');
    }
    expectError(await login(t.http, admin), 401, 'INVALID_CREDENTIALS');
    const fresh = (await login(t.http, { email: admin.email, password: NEW_PASSWORD }).expect(200)).body as { token: string };

    const changed = await mailbox.waitFor({ to: admin.email, template: 'password-changed' });
    expect(changed.text).toMatch(/not you/i);
    const audit = (await as(t.http, { token: fresh.token }).get('/api/admin/audit-log').expect(200)).body as {
      action: string;
      actorUserId: string | null;
      targetId: string | null;
      details: unknown;
    }[];
    const event = audit.find((e) => e.action === 'auth.password_reset');
    expect(event).toMatchObject({ targetId: admin.userId });
    expect(JSON.stringify(event)).not.toContain(admin.email);
  });

  it('keeps 2FA on: after a reset the login still needs the code', async () => {
    const admin = await signupTenant(t.http);
    const { secret } = await enableTotp(t.http, admin);
    await confirm(await mailedToken(admin)).expect(204);
    const withNew = { email: admin.email, password: NEW_PASSWORD };
    expectError(await login(t.http, withNew), 401, 'TOTP_REQUIRED');
    await login(t.http, withNew, await totpCode(secret, 1)).expect(200);
  });

  it('refuses a weak password and leaves the link usable', async () => {
    const admin = await signupTenant(t.http);
    const token = await mailedToken(admin);
    expectError(await confirm(token, 'password123'), 400, 'WEAK_PASSWORD');
    await confirm(token).expect(204);
  });

  it('refuses an expired link, an unknown one and an earlier one replaced by a newer link', async () => {
    const admin = await signupTenant(t.http);
    const expired = await mailedToken(admin);
    await t.app
      .get(DataSource)
      .getRepository('password_resets')
      .update({ tokenHash: createHash('sha256').update(expired).digest('hex') }, { expiresAt: new Date(Date.now() - 1000) });
    expectError(await confirm(expired), 400, 'RESET_TOKEN_INVALID');
    expectError(await confirm('A'.repeat(43)), 400, 'RESET_TOKEN_INVALID');

    const first = await mailedToken(admin);
    const second = await mailedToken(admin);
    expect(second).not.toBe(first);
    expectError(await confirm(first), 400, 'RESET_TOKEN_INVALID');
    await confirm(second).expect(204);
  });

  it('lets exactly one of two parallel confirms win', async () => {
    const admin = await signupTenant(t.http);
    const token = await mailedToken(admin);
    const answers = await Promise.all([
      confirm(token),
      confirm(token, 'Marble-Compass-Harbor-58'),
      confirm(token, 'Quiet-Falcon-Ribbon-64'),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([204, 400, 400]);
    for (const refused of answers.filter((a) => a.status === 400)) expectError(refused, 400, 'RESET_TOKEN_INVALID');
  });

  it('unlocks a locked account: the owner proved who they are', async () => {
    const admin = await signupTenant(t.http);
    for (let i = 0; i < 6; i++) await login(t.http, { email: admin.email, password: 'wrong-password' });
    expectError(await login(t.http, admin), 429, 'TOO_MANY_ATTEMPTS');
    await confirm(await mailedToken(admin)).expect(204);
    await login(t.http, { email: admin.email, password: NEW_PASSWORD }).expect(200);
  });

  it('answers the same for unknown addresses and invitations not accepted, and mails them nothing', async () => {
    const admin = await signupTenant(t.http);
    const invitedEmail = uniqueEmail('invited');
    const invited = await as(t.http, admin)
      .post('/api/users')
      .send({ email: invitedEmail, displayName: 'Ivo Invited', role: 'employee' })
      .expect(201);
    const known = await ask(admin.email);
    const nobody = uniqueEmail('nobody');
    for (const email of [nobody, invitedEmail]) {
      const res = await ask(email);
      expect(res.status).toBe(known.status);
      expect(res.body).toEqual(known.body);
      expect(res.headers['content-length']).toBe(known.headers['content-length']);
    }
    expect(await resetRows((invited.body as { user: { id: string } }).user.id)).toEqual([]);
    await mailbox.waitFor({ to: admin.email, template: 'password-reset' });
    // Delivery is a job: give a mail that should not exist the time the known one took, and more.
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const email of [nobody, invitedEmail]) expect(mailbox.all({ to: email, template: 'password-reset' })).toEqual([]);
  });

  it('takes about as long for an unknown address as for a known one (median of 20, within 10 %)', async () => {
    const member = await signupTenant(t.http);
    const timed = async (email: string): Promise<number> => {
      const start = process.hrtime.bigint();
      await ask(email).expect(202);
      return Number(process.hrtime.bigint() - start) / 1e6;
    };
    const median = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      return (sorted[9] + sorted[10]) / 2;
    };
    // Warm up both paths, then interleave them so drift on a busy machine hits both alike.
    await timed(member.email);
    await timed(uniqueEmail('nobody'));
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 20; i++) {
      known.push(await timed(member.email));
      unknown.push(await timed(uniqueEmail('nobody')));
    }
    const [k, u] = [median(known), median(unknown)];
    expect(Math.abs(k - u) / Math.max(k, u), `known ${k.toFixed(2)} ms, unknown ${u.toFixed(2)} ms`).toBeLessThanOrEqual(0.1);
  });

  it('exports the dates of reset links (never the token hash), erases them, and purges spent ones', async () => {
    const admin = await signupTenant(t.http);
    const employee = await addMember(t.http, admin, 'employee');
    await confirm(await mailedToken(employee)).expect(204);
    await mailedToken(employee);
    const signedIn = (await login(t.http, { email: employee.email, password: NEW_PASSWORD }).expect(200)).body as { token: string };

    const exported = (await as(t.http, signedIn).get('/api/me/export').expect(200)).body as {
      passwordResets: { requestedAt: string; expiresAt: string; usedAt: string | null }[];
    };
    expect(exported.passwordResets).toHaveLength(2);
    expect(Object.keys(exported.passwordResets[0]).sort()).toEqual(['expiresAt', 'requestedAt', 'usedAt']);
    expect(exported.passwordResets[0].usedAt).not.toBeNull();
    const rows = await resetRows(employee.userId);
    expect(JSON.stringify(exported)).not.toContain(rows[0].tokenHash);

    // The hourly purge removes the used one and keeps the live one.
    await t.app.get(PasswordResetService).purgeSpent();
    expect((await resetRows(employee.userId)).map((r) => r.usedAt)).toEqual([null]);

    await as(t.http, admin).delete(`/api/users/${employee.userId}`).expect(204);
    expect(await resetRows(employee.userId)).toEqual([]);
  });

  it('never names the address or the token in the logs', async () => {
    const admin = await signupTenant(t.http);
    const token = await mailedToken(admin);
    await confirm(token).expect(204);
    const logs = logLines.join('');
    expect(logs).toContain('password-reset');
    expect(logs).not.toContain(admin.email);
    expect(logs).not.toContain(token);
  });

  it('sends no link to members of an "SSO only" company, but keeps it for an admin with 2FA (break-glass)', async () => {
    const admin = await signupTenant(t.http);
    await enableTotp(t.http, admin);
    const member = await addMember(t.http, admin, 'employee');
    // Arranged in the table: setting SSO up needs a provider, which sso.e2e.spec.ts starts.
    await t.app.get(DataSource).getRepository('sso_connections').insert({
      tenantId: admin.tenantId,
      enabled: true,
      issuer: 'https://idp.example.com',
      clientId: 'deskbook',
      clientSecretSealed: null,
      defaultRole: 'employee',
      ssoOnly: true,
      updatedAt: new Date(),
    });
    await ask(member.email).expect(202);
    await mailedToken(admin);
    expect(await resetRows(member.userId)).toEqual([]);
    expect(mailbox.all({ to: member.email, template: 'password-reset' })).toEqual([]);
  });
});
