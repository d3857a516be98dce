import type { App } from 'supertest/types.js';
import { as, type Member } from './factories.js';

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

/** The id of the current notice version of the member's tenant (sign-up publishes version 1). */
export async function currentNoticeId(http: App, member: Member): Promise<string> {
  const current = (await meConsent(http, member)).currentVersionId;
  if (!current) throw new Error('The tenant has no privacy notice: sign-up should have published version 1');
  return current;
}

/** The member accepts the current notice (POST /consents); the consent's id. */
export async function acceptCurrentNotice(http: App, member: Member): Promise<string> {
  const noticeVersionId = await currentNoticeId(http, member);
  const res = await as(http, member).post('/api/consents').send({ noticeVersionId });
  if (res.status !== 201 && res.status !== 200) throw new Error(`Accepting the notice failed: ${res.status} ${JSON.stringify(res.body)}`);
  return (res.body as { id: string }).id;
}

/** The admin publishes a new version (POST /privacy-notice/versions, generated from the settings); its id. */
export async function publishNoticeVersion(http: App, admin: Member): Promise<string> {
  const res = await as(http, admin).post('/api/privacy-notice/versions').send({ source: 'generated' });
  if (res.status !== 201) throw new Error(`Publishing a notice failed: ${res.status} ${JSON.stringify(res.body)}`);
  return (res.body as { id: string }).id;
}
