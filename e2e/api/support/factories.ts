import { randomBytes } from 'node:crypto';
import request from 'supertest';
import type { App } from 'supertest/types.js';
import type { ErrorCode } from '../../../apps/api/src/common/errors/error-codes.js';
import { TransactionRunner } from '../../../apps/api/src/database/transaction-runner.js';
import type { TenantSettings } from '../../../apps/api/src/tenants/settings.js';
import { linkToken, sharedMailbox } from './mailbox.js';
import { appOf } from './test-app.js';

export type Role = 'employee' | 'facility_manager' | 'tenant_admin';

export interface Member {
  token: string;
  userId: string;
  tenantId: string;
  email: string;
  password: string;
  role: Role;
}

export const STRONG_PASSWORD = 'Correct-Horse-Battery-Staple-42';

export const uniqueEmail = (label = 'user'): string => `${label}.${randomBytes(5).toString('hex')}@e2e.example.com`;

/** A bearer-authenticated request builder for one member. */
export function as(http: App, member: Pick<Member, 'token'>) {
  const auth = (r: request.Test) => r.set('Authorization', `Bearer ${member.token}`);
  return {
    get: (path: string) => auth(request(http).get(path)),
    post: (path: string) => auth(request(http).post(path)),
    patch: (path: string) => auth(request(http).patch(path)),
    put: (path: string) => auth(request(http).put(path)),
    delete: (path: string) => auth(request(http).delete(path)),
  };
}

export interface SignupOptions {
  /**
   * Keep the product's default `privacy.consentRequired: true`, i.e. the consent gate before booking
   * (consents.e2e.spec.ts, settings defaults). Off by default, see signupTenant.
   */
  consentRequired?: boolean;
}

/**
 * A fresh tenant with its first admin: every test gets its own, so tests never share data.
 *
 * The tenant does NOT require consent to the privacy notice unless `consentRequired` is asked for:
 * with the product's default every booking test would first have to accept the notice, and the
 * gate is a feature of its own, pinned by consents.e2e.spec.ts. The setting is written straight to
 * the tenant's row, not by PATCH /tenant/settings, so the tests of other features see no
 * `settings.changed` audit event and no notice republished by the change.
 */
export async function signupTenant(
  http: App,
  name = `Tenant ${randomBytes(3).toString('hex')}`,
  options: SignupOptions = {},
): Promise<Member & { tenantName: string }> {
  const email = uniqueEmail('admin');
  const body = await signUpAndConfirm(http, { tenantName: name, displayName: 'Ada Admin', email, password: STRONG_PASSWORD });
  if (!options.consentRequired) await turnConsentGateOff(http, body.tenant.id);
  return {
    token: body.token,
    userId: body.user.id,
    tenantId: body.tenant.id,
    email,
    password: STRONG_PASSWORD,
    role: 'tenant_admin',
    tenantName: name,
  };
}

export interface SignupBody {
  tenantName: string;
  displayName: string;
  email: string;
  password: string;
  locale?: 'en' | 'de';
}

/** Signs up, reads the confirmation mail from the test's SMTP server, and confirms: the account exists then. */
export async function signUpAndConfirm(
  http: App,
  signup: SignupBody,
): Promise<{ token: string; user: { id: string; email: string }; tenant: { id: string; name: string; slug: string } }> {
  const mailbox = await sharedMailbox();
  const before = mailbox.count({ to: signup.email, template: 'confirm-signup' });
  await request(http).post('/api/auth/signup').send(signup).expect(202);
  const mail = await mailbox.waitFor({ to: signup.email, template: 'confirm-signup', after: before });
  const token = linkToken(mail, '/confirm-email#token=');
  const confirmed = await request(http).post('/api/auth/confirm-email').send({ token }).expect(200);
  return confirmed.body as Awaited<ReturnType<typeof signUpAndConfirm>>;
}

/** Invites a member with the given role and accepts the invitation on their behalf. */
export async function addMember(http: App, admin: Member, role: Role, displayName = 'Max Member'): Promise<Member> {
  const email = uniqueEmail(role);
  const invited = await as(http, admin).post('/api/users').send({ email, displayName, role }).expect(201);
  const { inviteToken } = invited.body as { inviteToken: string };
  const accepted = await request(http).post('/api/auth/accept-invite').send({ inviteToken, password: STRONG_PASSWORD }).expect(200);
  const body = accepted.body as { token: string; user: { id: string } };
  return { token: body.token, userId: body.user.id, tenantId: admin.tenantId, email, password: STRONG_PASSWORD, role };
}

/** Asserts the shared error shape (`code` typed as the API's ErrorCode enum) and returns the body for further checks. */
export function expectError(
  res: request.Response,
  statusCode: number,
  code: ErrorCode,
): { message: string; details?: unknown; requestId?: string } {
  const body = res.body as { statusCode: number; code: string; message: string; details?: unknown; requestId?: string };
  if (res.status !== statusCode || body.code !== code || body.statusCode !== statusCode || typeof body.message !== 'string') {
    throw new Error(`Expected ${statusCode} ${code}, got ${res.status} ${JSON.stringify(body)}`);
  }
  return body;
}

/** Sets the tenant's `privacy.consentRequired` to false in its row, in the app's own transaction queue. */
async function turnConsentGateOff(http: App, tenantId: string): Promise<void> {
  type TenantRow = { id: string; settings: Partial<TenantSettings> };
  await appOf(http)
    .get(TransactionRunner)
    .run(async (m) => {
      const tenants = m.getRepository<TenantRow>('Tenant');
      const { settings } = await tenants.findOneByOrFail({ id: tenantId });
      await tenants.update({ id: tenantId }, { settings: { ...settings, privacy: { ...settings.privacy, consentRequired: false } } });
    });
}
