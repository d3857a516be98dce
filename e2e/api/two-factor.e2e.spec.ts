import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, as, expectError, signupTenant } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { enableTotp, login, totpCode } from './support/totp.js';

describe('two-factor authentication (TOTP)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('sets up with the password: otpauth URL for Deskbook and the e-mail, a PNG QR code, not active yet', async () => {
    const admin = await signupTenant(t.http);
    expectError(await as(t.http, admin).post('/api/me/2fa/setup').send({ password: 'not-my-password' }), 403, 'PASSWORD_INCORRECT');
    expectError(await as(t.http, admin).post('/api/me/2fa/setup').send({}), 400, 'VALIDATION_FAILED');
    const res = await as(t.http, admin).post('/api/me/2fa/setup').send({ password: admin.password }).expect(200);
    const body = res.body as { otpauthUrl: string; qrCodeDataUrl: string; secret: string };
    const url = new URL(body.otpauthUrl);
    expect(url.protocol).toBe('otpauth:');
    expect(decodeURIComponent(url.pathname)).toBe(`/Deskbook:${admin.email}`);
    expect(url.searchParams.get('issuer')).toBe('Deskbook');
    expect(url.searchParams.get('secret')).toBe(body.secret);
    expect(body.secret).toMatch(/^[A-Z2-7]{32,}$/);
    expect(body.qrCodeDataUrl).toMatch(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/);
    // Not active until a code confirms it.
    expect((await as(t.http, admin).get('/api/me')).body).toMatchObject({ totpEnabled: false });
    await login(t.http, admin).expect(200);
  });

  it('enables only with a valid code and returns 10 distinct recovery codes once', async () => {
    const admin = await signupTenant(t.http);
    expectError(await as(t.http, admin).post('/api/me/2fa/enable').send({ code: '123456' }), 409, 'TOTP_SETUP_MISSING');
    const setup = await as(t.http, admin).post('/api/me/2fa/setup').send({ password: admin.password }).expect(200);
    const { secret } = setup.body as { secret: string };
    expectError(
      await as(t.http, admin)
        .post('/api/me/2fa/enable')
        .send({ code: await totpCode(secret, 3) }),
      400,
      'TOTP_INVALID',
    );
    const enabled = await as(t.http, admin)
      .post('/api/me/2fa/enable')
      .send({ code: await totpCode(secret) })
      .expect(200);
    const codes = (enabled.body as { recoveryCodes: string[] }).recoveryCodes;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    expect((await as(t.http, admin).get('/api/me')).body).toMatchObject({ totpEnabled: true });
    expectError(await as(t.http, admin).post('/api/me/2fa/setup').send({ password: admin.password }), 409, 'TOTP_ALREADY_ENABLED');
  });

  it('asks for the code at login: missing → TOTP_REQUIRED, wrong → TOTP_INVALID, right → signed in', async () => {
    const admin = await signupTenant(t.http);
    const { secret } = await enableTotp(t.http, admin);
    expectError(await login(t.http, admin), 401, 'TOTP_REQUIRED');
    expectError(await login(t.http, admin, '000000'), 401, 'TOTP_INVALID');
    expectError(await login(t.http, admin, await totpCode(secret, 3)), 401, 'TOTP_INVALID');
    const ok = await login(t.http, admin, await totpCode(secret, 1)).expect(200);
    await as(t.http, ok.body as { token: string })
      .get('/api/me')
      .expect(200);
  });

  it('never accepts a code twice: not the step used at enable, not one used at login', async () => {
    const admin = await signupTenant(t.http);
    const setup = await as(t.http, admin).post('/api/me/2fa/setup').send({ password: admin.password }).expect(200);
    const { secret } = setup.body as { secret: string };
    const enableCode = await totpCode(secret);
    await as(t.http, admin).post('/api/me/2fa/enable').send({ code: enableCode }).expect(200);
    expectError(await login(t.http, admin, enableCode), 401, 'TOTP_INVALID');
    const next = await totpCode(secret, 1);
    await login(t.http, admin, next).expect(200);
    expectError(await login(t.http, admin, next), 401, 'TOTP_INVALID');
  });

  it('accepts one code once even when it arrives in parallel requests', async () => {
    const admin = await signupTenant(t.http);
    const { secret } = await enableTotp(t.http, admin);
    const code = await totpCode(secret, 1);
    const results = await Promise.all([login(t.http, admin, code), login(t.http, admin, code), login(t.http, admin, code)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 401, 401]);
  });

  it('takes a recovery code once in place of a code, and records its use', async () => {
    const admin = await signupTenant(t.http);
    const { recoveryCodes } = await enableTotp(t.http, admin);
    const [first, second] = recoveryCodes;
    await login(t.http, admin, first.toLowerCase().replace('-', ' ')).expect(200);
    const reused = expectError(await login(t.http, admin, first), 401, 'RECOVERY_CODE_USED');
    expect(reused.message).toMatch(/already used/);
    const parallel = await Promise.all([login(t.http, admin, second), login(t.http, admin, second)]);
    expect(parallel.map((r) => r.status).sort()).toEqual([200, 401]);
    // A code that was never one of theirs is still just wrong.
    expectError(await login(t.http, admin, 'ABCDE-FGHJK'), 401, 'TOTP_INVALID');
    const log = (await as(t.http, admin).get('/api/admin/audit-log')).body as { action: string }[];
    expect(log.filter((e) => e.action === '2fa.recovery_code_used')).toHaveLength(2);
    expect(log.map((e) => e.action)).toContain('2fa.enabled');
  });

  it('counts the recovery codes left and regenerates them with the password and a code', async () => {
    const admin = await signupTenant(t.http);
    expectError(await as(t.http, admin).get('/api/me/2fa/recovery-codes'), 409, 'TOTP_NOT_ENABLED');
    const { secret, recoveryCodes } = await enableTotp(t.http, admin);
    expect((await as(t.http, admin).get('/api/me/2fa/recovery-codes').expect(200)).body).toEqual({ remaining: 10 });
    await login(t.http, admin, recoveryCodes[0]).expect(200);
    expect((await as(t.http, admin).get('/api/me/2fa/recovery-codes').expect(200)).body).toEqual({ remaining: 9 });

    const regenerate = (body: object) => as(t.http, admin).post('/api/me/2fa/recovery-codes').send(body);
    const code = await totpCode(secret, 1);
    expectError(await regenerate({ password: 'wrong-password-1', code }), 403, 'PASSWORD_INCORRECT');
    expectError(await regenerate({ password: admin.password, code: '999999' }), 400, 'TOTP_INVALID');
    expectError(await regenerate({ password: admin.password, code: recoveryCodes[0] }), 400, 'RECOVERY_CODE_USED');
    expectError(await regenerate({ password: admin.password }), 400, 'VALIDATION_FAILED');
    const fresh = (await regenerate({ password: admin.password, code }).expect(200)).body as { recoveryCodes: string[] };
    expect(fresh.recoveryCodes).toHaveLength(10);
    expect(new Set(fresh.recoveryCodes).size).toBe(10);
    expect(fresh.recoveryCodes.filter((c) => recoveryCodes.includes(c))).toEqual([]);
    expect((await as(t.http, admin).get('/api/me/2fa/recovery-codes').expect(200)).body).toEqual({ remaining: 10 });

    // The old codes stop working, the new ones work (once each).
    expectError(await login(t.http, admin, recoveryCodes[1]), 401, 'TOTP_INVALID');
    await login(t.http, admin, fresh.recoveryCodes[0]).expect(200);
    const log = (await as(t.http, admin).get('/api/admin/audit-log')).body as { action: string }[];
    expect(log.map((e) => e.action)).toContain('2fa.recovery_codes_regenerated');
  });

  it('refuses to regenerate recovery codes when 2FA is off', async () => {
    const admin = await signupTenant(t.http);
    expectError(
      await as(t.http, admin).post('/api/me/2fa/recovery-codes').send({ password: admin.password, code: '123456' }),
      409,
      'TOTP_NOT_ENABLED',
    );
  });

  it('disables only with the password and a valid code', async () => {
    const admin = await signupTenant(t.http);
    const { secret } = await enableTotp(t.http, admin);
    const code = await totpCode(secret, 1);
    expectError(
      await as(t.http, admin).post('/api/me/2fa/disable').send({ password: 'wrong-password-1', code }),
      403,
      'PASSWORD_INCORRECT',
    );
    expectError(
      await as(t.http, admin).post('/api/me/2fa/disable').send({ password: admin.password, code: '999999' }),
      400,
      'TOTP_INVALID',
    );
    await as(t.http, admin).post('/api/me/2fa/disable').send({ password: admin.password, code }).expect(204);
    expect((await as(t.http, admin).get('/api/me')).body).toMatchObject({ totpEnabled: false });
    await login(t.http, admin).expect(200);
    expectError(await as(t.http, admin).post('/api/me/2fa/disable').send({ password: admin.password, code }), 409, 'TOTP_NOT_ENABLED');
    const log = (await as(t.http, admin).get('/api/admin/audit-log')).body as { action: string }[];
    expect(log.map((e) => e.action)).toContain('2fa.disabled');
  });

  it('keeps the secret encrypted and the recovery codes hashed in the database', async () => {
    const admin = await signupTenant(t.http);
    const { secret, recoveryCodes } = await enableTotp(t.http, admin);
    const db = t.app.get(DataSource);
    const [user] = await db.query<{ totpSecret: string }[]>('SELECT totpSecret FROM users WHERE id = ?', [admin.userId]);
    expect(user.totpSecret).toMatch(/^v1\./);
    expect(user.totpSecret).not.toContain(secret);
    expect(Buffer.from(user.totpSecret).toString('base64')).not.toContain(Buffer.from(secret).toString('base64'));
    const rows = await db.query<Record<string, unknown>[]>('SELECT * FROM recovery_codes WHERE userId = ?', [admin.userId]);
    expect(rows).toHaveLength(10);
    const dump = JSON.stringify(rows);
    for (const code of recoveryCodes) {
      expect(dump).not.toContain(code);
      expect(dump).not.toContain(code.replace('-', ''));
    }
  });

  describe('tenant policy privacy.require2fa', () => {
    it('off: nobody is asked to enrol', async () => {
      const admin = await signupTenant(t.http);
      const employee = await addMember(t.http, admin, 'employee');
      expect((await as(t.http, admin).get('/api/me')).body).toMatchObject({ totpEnrollmentRequired: false });
      await as(t.http, employee).get('/api/tenant/settings').expect(200);
    });

    it('admins: a tenant admin without 2FA may use only /me, the 2FA endpoints and logout; employees are not covered', async () => {
      const admin = await signupTenant(t.http);
      const employee = await addMember(t.http, admin, 'employee');
      const manager = await addMember(t.http, admin, 'facility_manager');
      await as(t.http, admin)
        .patch('/api/tenant/settings')
        .send({ privacy: { require2fa: 'admins' } })
        .expect(200);

      expect((await as(t.http, admin).get('/api/me').expect(200)).body).toMatchObject({ totpEnrollmentRequired: true });
      expectError(await as(t.http, admin).get('/api/users'), 403, 'TOTP_ENROLLMENT_REQUIRED');
      expectError(await as(t.http, admin).get('/api/tenant/settings'), 403, 'TOTP_ENROLLMENT_REQUIRED');
      expectError(await as(t.http, admin).get('/api/me/sessions'), 403, 'TOTP_ENROLLMENT_REQUIRED');
      await as(t.http, admin).patch('/api/me').send({ locale: 'de' }).expect(200);
      await as(t.http, employee).get('/api/tenant/settings').expect(200);
      await as(t.http, manager).get('/api/tenant/settings').expect(200);

      await enableTotp(t.http, admin);
      expect((await as(t.http, admin).get('/api/me')).body).toMatchObject({ totpEnrollmentRequired: false, totpEnabled: true });
      await as(t.http, admin).get('/api/users').expect(200);
    });

    it('everyone: employees are covered too, and logout stays possible', async () => {
      const admin = await signupTenant(t.http);
      const employee = await addMember(t.http, admin, 'employee');
      await enableTotp(t.http, admin);
      await as(t.http, admin)
        .patch('/api/tenant/settings')
        .send({ privacy: { require2fa: 'everyone' } })
        .expect(200);
      expectError(await as(t.http, employee).get('/api/tenant/settings'), 403, 'TOTP_ENROLLMENT_REQUIRED');
      expect((await as(t.http, employee).get('/api/me')).body).toMatchObject({ totpEnrollmentRequired: true });
      await as(t.http, employee).post('/api/auth/logout').expect(204);
      expectError(await as(t.http, employee).get('/api/me'), 401, 'UNAUTHENTICATED');
    });
  });
});
