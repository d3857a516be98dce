import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TransactionRunner } from '../../apps/api/src/database/transaction-runner.js';
import { SignupConfirmationService } from '../../apps/api/src/auth/signup-confirmation.service.js';
import { STRONG_PASSWORD, expectError, signupTenant, uniqueEmail } from './support/factories.js';
import { linkToken, sharedMailbox, type Mailbox } from './support/mailbox.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const CONFIRM_LINK = '/confirm-email#token=';

describe('sign-up confirmed by e-mail', () => {
  let t: TestApp;
  let mailbox: Mailbox;
  beforeAll(async () => {
    t = await startTestApp();
    mailbox = await sharedMailbox();
  });
  afterAll(() => t.close());

  const signup = (email: string, extra: Record<string, string> = {}) =>
    request(t.http)
      .post('/api/auth/signup')
      .send({ tenantName: 'Mailtest GmbH', displayName: 'Mara Mail', email, password: STRONG_PASSWORD, ...extra });

  async function confirmationToken(email: string, after = 0): Promise<string> {
    return linkToken(await mailbox.waitFor({ to: email, template: 'confirm-signup', after }), CONFIRM_LINK);
  }

  /** The signup_requests row of an address (the test moves its expiry). */
  const requestRows = (email: string) =>
    t.app.get(TransactionRunner).run((m) => m.query<{ id: string }[]>('SELECT id FROM signup_requests WHERE email = ?', [email]));

  it('creates nothing until the address is confirmed, then the account works', async () => {
    const email = uniqueEmail('confirm');
    await signup(email).expect(202);
    const mail = await mailbox.waitFor({ to: email, template: 'confirm-signup' });
    expect(mail.subject).toBe('Confirm your e-mail address for Deskbook');
    expect(mail.text).toContain('Mailtest GmbH');
    expect(mail.html).toContain('Confirm e-mail address');
    expect(mail.html).toContain(CONFIRM_LINK);
    // Unconfirmed: no account to log in to.
    expectError(await request(t.http).post('/api/auth/login').send({ email, password: STRONG_PASSWORD }), 401, 'INVALID_CREDENTIALS');
    const confirmed = await request(t.http)
      .post('/api/auth/confirm-email')
      .send({ token: linkToken(mail, CONFIRM_LINK) })
      .expect(200);
    expect(confirmed.body).toMatchObject({ user: { email, role: 'tenant_admin' }, tenant: { name: 'Mailtest GmbH' } });
    await request(t.http).post('/api/auth/login').send({ email, password: STRONG_PASSWORD }).expect(200);
    expect(await requestRows(email)).toEqual([]);
  });

  it('answers a known address exactly like a new one, and only mails its owner that the account exists', async () => {
    const admin = await signupTenant(t.http);
    const fresh = uniqueEmail('fresh');
    const known = await signup(admin.email);
    const unknown = await signup(fresh);
    expect([known.status, unknown.status]).toEqual([202, 202]);
    expect(known.body).toEqual(unknown.body);
    expect(known.headers['set-cookie']).toBeUndefined();
    const note = await mailbox.waitFor({ to: admin.email, template: 'account-exists' });
    expect(note.text).toContain('/login');
    expect(note.text).toContain('/forgot-password');
    expect(mailbox.count({ to: admin.email, template: 'confirm-signup' })).toBe(1); // only the factory's own
    await mailbox.waitFor({ to: fresh, template: 'confirm-signup' });
  });

  it('takes a confirmation link once only', async () => {
    const email = uniqueEmail('once');
    await signup(email).expect(202);
    const token = await confirmationToken(email);
    const results = await Promise.all([1, 2, 3].map(() => request(t.http).post('/api/auth/confirm-email').send({ token })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 400, 400]);
    expectError(
      results.find((r) => r.status === 400)!,
      400,
      'CONFIRMATION_INVALID',
    );
  });

  it('lets exactly one of two sign-ups of one address become the account; the other link then says so', async () => {
    const email = uniqueEmail('twice');
    await signup(email, { tenantName: 'First Ltd' }).expect(202);
    await signup(email, { tenantName: 'Second Ltd' }).expect(202);
    const [first, second] = [await confirmationToken(email, 0), await confirmationToken(email, 1)];
    const results = await Promise.all([first, second].map((token) => request(t.http).post('/api/auth/confirm-email').send({ token })));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    // The loser's request was removed with the winner's confirmation, or lost the race on the address.
    const loser = results.find((r) => r.status !== 200)!;
    expect([`400 CONFIRMATION_INVALID`, `409 ACCOUNT_EXISTS`]).toContain(`${loser.status} ${(loser.body as { code: string }).code}`);
  });

  it('refuses an expired link and an unknown one', async () => {
    const email = uniqueEmail('expired');
    await signup(email).expect(202);
    const token = await confirmationToken(email);
    const [{ id }] = await requestRows(email);
    await t.app
      .get(TransactionRunner)
      .run((m) =>
        m.getRepository<{ id: string; expiresAt: Date }>('SignupRequest').update({ id }, { expiresAt: new Date(Date.now() - 1000) }),
      );
    expectError(await request(t.http).post('/api/auth/confirm-email').send({ token }), 400, 'CONFIRMATION_INVALID');
    expectError(
      await request(t.http)
        .post('/api/auth/confirm-email')
        .send({ token: 'x'.repeat(43) }),
      400,
      'CONFIRMATION_INVALID',
    );
    // The hourly purge removes what expired.
    await t.app.get(SignupConfirmationService).purgeExpired();
    expect(await requestRows(email)).toEqual([]);
  });

  it('writes the mail in the language chosen at sign-up', async () => {
    const email = uniqueEmail('deutsch');
    await signup(email, { locale: 'de' }).expect(202);
    const mail = await mailbox.waitFor({ to: email, template: 'confirm-signup' });
    expect(mail.subject).toBe('Bestätigen Sie Ihre E-Mail-Adresse für Deskbook');
    expect(mail.text).toContain('E-Mail-Adresse bestätigen');
    const confirmed = await request(t.http)
      .post('/api/auth/confirm-email')
      .send({ token: linkToken(mail, CONFIRM_LINK) })
      .expect(200);
    expect((confirmed.body as { user: { locale: string } }).user.locale).toBe('de');
  });

  it('mails one address at most three sign-up messages an hour, answering the same beyond that', async () => {
    const email = uniqueEmail('flood');
    for (let i = 0; i < 5; i++) expect((await signup(email).expect(202)).body).toEqual({ status: 'confirmation_sent' });
    await mailbox.waitFor({ to: email, template: 'confirm-signup', after: 2 });
    await new Promise((r) => setTimeout(r, 500));
    expect(mailbox.count({ to: email, template: 'confirm-signup' })).toBe(3);
  });

  it('checks the password before anything is mailed', async () => {
    const email = uniqueEmail('weak');
    expectError(await signup(email, { password: 'password1' }), 400, 'WEAK_PASSWORD');
    await new Promise((r) => setTimeout(r, 300));
    expect(mailbox.count({ to: email })).toBe(0);
  });
});
