import type request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../apps/api/src/common/pdf/pdf-text.js';
import { addMember, as, expectError, signupTenant, type Member } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** Reads any answer as bytes (supertest parses only JSON and text by itself). */
function bytes(res: request.Response, callback: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}

const today = () => new Date().toISOString().slice(0, 10);

describe('compliance documents (GET /admin/compliance/processing-record|toms)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** A tenant whose admin has entered the organization data. */
  async function tenantWithOrganization(): Promise<Member> {
    const admin = await signupTenant(t.http);
    await as(t.http, admin)
      .patch('/api/tenant/settings')
      .send({
        organization: {
          legalName: 'Beispiel Möbel GmbH',
          address: 'Musterstraße 1, 10115 Berlin',
          contactEmail: 'datenschutz@beispiel.de',
        },
      })
      .expect(200);
    return admin;
  }

  const get = (admin: Member, path: string) =>
    as(t.http, admin)
      .get(`/api/admin/compliance/${path}`)
      .buffer(true)
      .parse(bytes)
      .expect(200)
      .then((res) => ({ res, body: res.body as Buffer }));

  it('gives the admin the record of processing as Markdown, with the live settings in it', async () => {
    const admin = await tenantWithOrganization();
    const { res, body } = await get(admin, 'processing-record?lang=en&format=md');
    expect(res.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="deskbook-processing-record-en-${today()}.md"`);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const text = body.toString('utf8');
    expect(text).toMatch(/^# Record of processing activities: desk booking\n/);
    expect(text).toContain('- **Name:** Beispiel Möbel GmbH');
    expect(text).toContain('Bookings lose every trace of who made them 30 days after they end.');
    expect(text).toContain('Every member of the organization sees the booker’s display name on a booked desk.');
  });

  // (2FA policies are covered by the generator's unit tests: here they would lock the admin out until enrolment.)
  it('writes a changed setting into the next document', async () => {
    const admin = await tenantWithOrganization();
    await as(t.http, admin)
      .patch('/api/tenant/settings')
      .send({ privacy: { retention: { mode: 'delete', afterDays: 7 }, bookingVisibility: 'anonymous' } })
      .expect(200);
    const record = (await get(admin, 'processing-record?lang=en')).body.toString('utf8');
    expect(record).toContain('Bookings are deleted 7 days after they end.');
    expect(record).not.toContain('30 days after they end');
    expect(record).toContain('Nobody but the booker sees who booked a desk');
    const toms = (await get(admin, 'toms?lang=de&format=md')).body.toString('utf8');
    expect(toms).toMatch(/^# Technische und organisatorische Maßnahmen: Arbeitsplatzbuchung\n/);
    expect(toms).toContain('Buchungen werden 7 Tage nach ihrem Ende gelöscht.');
    expect(toms).toContain('Außer der buchenden Person sieht niemand, wer einen Arbeitsplatz gebucht hat');
  });

  it.each([
    [
      'processing-record',
      'en',
      'Record of processing activities: desk booking',
      'Bookings lose every trace of who made them 30 days after they end.',
    ],
    [
      'processing-record',
      'de',
      'Verzeichnis von Verarbeitungstätigkeiten: Arbeitsplatzbuchung',
      'Buchungen verlieren 30 Tage nach ihrem Ende jeden',
    ],
    ['toms', 'en', 'Technical and organisational measures: desk booking', 'Two-factor authentication (TOTP) is optional for everyone.'],
    [
      'toms',
      'de',
      'Technische und organisatorische Maßnahmen: Arbeitsplatzbuchung',
      'Die Zwei-Faktor-Authentifizierung (TOTP) ist für alle freiwillig.',
    ],
  ])('gives the admin %s in %s as a PDF', async (kind, lang, title, sentence) => {
    const admin = await tenantWithOrganization();
    const { res, body } = await get(admin, `${kind}?lang=${lang}&format=pdf`);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="deskbook-${kind}-${lang}-${today()}.pdf"`);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(body).replace(/\s+/g, ' ');
    expect(text).toContain(title);
    expect(text).toContain(sentence);
    if (kind === 'processing-record') expect(text).toContain('Beispiel Möbel GmbH');
  });

  it('defaults to the caller’s language and to Markdown', async () => {
    const admin = await tenantWithOrganization();
    await as(t.http, admin).patch('/api/me').send({ locale: 'de' }).expect(200);
    const { res, body } = await get(admin, 'toms');
    expect(res.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(body.toString('utf8')).toMatch(/^# Technische und organisatorische Maßnahmen/);
  });

  it('says plainly what organization data is missing instead of inventing it', async () => {
    const admin = await signupTenant(t.http, 'Startup Sans Name');
    const text = (await get(admin, 'processing-record?lang=en')).body.toString('utf8');
    expect(text).toContain('- **Name:** **missing** — enter the legal name under Settings → Organization');
    expect(text).toContain('“Startup Sans Name”');
  });

  it('shows each tenant its own settings', async () => {
    const a = await tenantWithOrganization();
    const b = await signupTenant(t.http);
    await as(t.http, b)
      .patch('/api/tenant/settings')
      .send({ organization: { legalName: 'Andere AG' } })
      .expect(200);
    const text = (await get(b, 'processing-record?lang=en')).body.toString('utf8');
    expect(text).toContain('Andere AG');
    expect(text).not.toContain('Beispiel Möbel');
    expect((await get(a, 'processing-record?lang=en')).body.toString('utf8')).not.toContain('Andere AG');
  });

  it('refuses employees and facility managers (403) and bad parameters (400)', async () => {
    const admin = await tenantWithOrganization();
    for (const role of ['employee', 'facility_manager'] as const) {
      const member = await addMember(t.http, admin, role);
      for (const path of ['processing-record', 'toms', 'toms?format=pdf']) {
        expectError(await as(t.http, member).get(`/api/admin/compliance/${path}`), 403, 'FORBIDDEN');
      }
    }
    expectError(await as(t.http, admin).get('/api/admin/compliance/toms?lang=fr'), 400, 'VALIDATION_FAILED');
    expectError(await as(t.http, admin).get('/api/admin/compliance/toms?format=docx'), 400, 'VALIDATION_FAILED');
  });
});
