import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { App } from 'supertest/types.js';
import { TransactionRunner } from '../../../apps/api/src/database/transaction-runner.js';
import { as, type Member } from './factories.js';
import { appOf } from './test-app.js';

interface MeConsent {
  required: boolean;
  currentVersionId: string | null;
  acceptedVersionId: string | null;
  acceptedAt: string | null;
}

/** The member's consent as GET /me reports it. */
export async function meConsent(http: App, member: Member): Promise<MeConsent> {
  const res = await as(http, member).get('/api/me').expect(200);
  return (res.body as { consent: MeConsent }).consent;
}

/**
 * The id of the current notice version of the member's tenant. Sign-up publishes version 1; see
 * insertNoticeVersion for the one case where it does not.
 */
export async function currentNoticeId(http: App, member: Member): Promise<string> {
  const current = (await meConsent(http, member)).currentVersionId;
  if (current) return current;
  return insertNoticeVersion(http, member.tenantId);
}

/** The member accepts the current notice (POST /consents); the consent's id. */
export async function acceptCurrentNotice(http: App, member: Member): Promise<string> {
  const noticeVersionId = await currentNoticeId(http, member);
  const res = await as(http, member).post('/api/consents').send({ noticeVersionId });
  if (res.status !== 201 && res.status !== 200) throw new Error(`Accepting the notice failed: ${res.status} ${JSON.stringify(res.body)}`);
  return (res.body as { id: string }).id;
}

/**
 * The admin publishes a new version (POST /privacy-notice/versions, generated from the settings);
 * its id. While that endpoint is not implemented (501), falls back to insertNoticeVersion.
 */
export async function publishNoticeVersion(http: App, admin: Member): Promise<string> {
  await currentNoticeId(http, admin);
  const res = await as(http, admin).post('/api/privacy-notice/versions').send({ source: 'generated' });
  if (res.status === 501) return insertNoticeVersion(http, admin.tenantId, { evenIfOneExists: true });
  if (res.status !== 201) throw new Error(`Publishing a notice failed: ${res.status} ${JSON.stringify(res.body)}`);
  return (res.body as { id: string }).id;
}

/**
 * FALLBACK, for a tree where sign-up does not publish version 1 yet (the consents branch before
 * the notice-versions branch is merged): inserts a generated-looking version straight into the
 * tables, ONLY IF the tenant has none (or, from publishNoticeVersion, only while publishing answers
 * 501). Once sign-up publishes v1 and POST /privacy-notice/versions works, this is never reached.
 */
async function insertNoticeVersion(http: App, tenantId: string, { evenIfOneExists = false } = {}): Promise<string> {
  return appOf(http)
    .get(TransactionRunner)
    .run(async (m) => {
      const versions = m.getRepository<{ id: string; tenantId: string; version: number }>('PrivacyNoticeVersion');
      const newest = await versions.findOne({ where: { tenantId }, order: { version: 'DESC' } });
      if (newest && !evenIfOneExists) return newest.id;
      const version = (newest?.version ?? 0) + 1;
      const bodies = {
        en: `# Privacy notice\n\nVersion ${version} (${randomBytes(4).toString('hex')}).`,
        de: `# Datenschutzhinweis\n\nVersion ${version} (${randomBytes(4).toString('hex')}).`,
      };
      const id = randomUUID();
      await m.insert('PrivacyNoticeVersion', {
        id,
        tenantId,
        version,
        source: 'generated',
        contentHash: createHash('sha256').update(bodies.en).update(bodies.de).digest('hex'),
        changeSummary: version === 1 ? null : { en: 'Test change', de: 'Teständerung' },
        publishedAt: new Date(),
        publishedBy: null,
      });
      for (const [lang, body] of Object.entries(bodies)) await m.insert('PrivacyNoticeBody', { versionId: id, lang, body });
      return id;
    });
}
