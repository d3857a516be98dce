import { createHash } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NoticeLifecycle } from '../../apps/api/src/privacy-notices/notice-lifecycle.service.js';
import { TenantHooks } from '../../apps/api/src/tenants/tenant-hooks.service.js';
import { addMember, as, expectError, signupTenant, uniqueEmail, type Member } from './support/factories.js';
import { startSecondInstance, startTestApp, type TestApp } from './support/test-app.js';

/*
 * DESIGN.md / API.md "Privacy notices and consent": versions, reading, publishing, republishing. The
 * generated texts are another module's (generator/): these tests assert structure, never wording.
 */

interface Current {
  id: string;
  version: number;
  source: string;
  lang: string;
  title: string;
  body: string;
  pdfUrl?: string;
  contentHash: string;
  changeSummary: string | null;
  changesSince: { version: number; summary: string | null }[];
}
interface Version {
  id: string;
  version: number;
  source: string;
  languages: string[];
  hasPdf: boolean;
  contentHash: string;
  changeSummary: string | null;
  publishedBy: string | null;
  current: boolean;
  accepted: number;
  total: number;
}

/** A minimal PDF: what matters is the `%PDF-` signature at the start. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

describe('privacy notice versions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const current = async (member: Member, query = '') =>
    (await as(t.http, member).get(`/api/privacy-notice/current${query}`).expect(200)).body as Current;
  const versions = async (admin: Member) => (await as(t.http, admin).get('/api/privacy-notice/versions').expect(200)).body as Version[];
  const publishCustom = (admin: Member, bodies: unknown, changeSummary?: string) =>
    as(t.http, admin).post('/api/privacy-notice/versions').send({ source: 'custom', bodies, changeSummary });
  const settings = async (admin: Member) =>
    (await as(t.http, admin).get('/api/tenant/settings').expect(200)).body as { privacy: { noticeMode: string } };

  it('publishes version 1, generated in English and German, at sign-up', async () => {
    const admin = await signupTenant(t.http);
    const list = await versions(admin);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      version: 1,
      source: 'generated',
      languages: ['de', 'en'],
      hasPdf: false,
      changeSummary: null,
      publishedBy: null,
      current: true,
    });
    expect(list[0].contentHash).toMatch(/^[0-9a-f]{64}$/);
    const en = await current(admin, '?lang=en');
    const de = await current(admin, '?lang=de');
    expect([en.lang, de.lang]).toEqual(['en', 'de']);
    expect(en.body).not.toBe('');
    expect(de.body).not.toBe(en.body);
    expect(en).toMatchObject({ id: list[0].id, version: 1, source: 'generated', contentHash: list[0].contentHash, changesSince: [] });
    expect(en.pdfUrl).toBeUndefined();
  });

  it('lets every member read the current notice, English without lang', async () => {
    const admin = await signupTenant(t.http);
    const employee = await addMember(t.http, admin, 'employee');
    expect((await current(employee)).lang).toBe('en');
  });

  it('previews what generated would publish now, with the same hash as the current version while nothing changed', async () => {
    const admin = await signupTenant(t.http);
    const preview = (await as(t.http, admin).get('/api/privacy-notice/preview?lang=de').expect(200)).body as {
      lang: string;
      body: string;
      contentHash: string;
      missing: string[];
    };
    expect(preview.lang).toBe('de');
    expect(preview.body).not.toBe('');
    expect(preview.contentHash).toBe((await current(admin)).contentHash);
    expect(preview.missing).toEqual(expect.arrayContaining(['organization.legalName', 'organization.contactEmail']));
  });

  it('publishes custom Markdown as a new immutable version and switches the mode to custom', async () => {
    const admin = await signupTenant(t.http);
    const v1 = await current(admin, '?lang=en');
    const en = '# Our notice\n\nWe record desk bookings.';
    const res = await publishCustom(admin, { en, de: '# Unser Hinweis\n\nWir speichern Buchungen.' }, 'Our own text');
    expect(res.status).toBe(201);
    const v2 = res.body as Version;
    expect(v2).toMatchObject({
      version: 2,
      source: 'custom',
      languages: ['de', 'en'],
      hasPdf: false,
      changeSummary: 'Our own text',
      publishedBy: 'Ada Admin',
      current: true,
    });
    expect(v2.contentHash).not.toBe(v1.contentHash);
    const now = await current(admin, '?lang=en');
    expect(now).toMatchObject({ version: 2, title: 'Our notice', body: en, changeSummary: 'Our own text' });
    expect((await current(admin, '?lang=de')).title).toBe('Unser Hinweis');
    // Version 1 is unchanged: same hash, same place in the list.
    const list = await versions(admin);
    expect(list.map((v) => [v.version, v.current])).toEqual([
      [2, true],
      [1, false],
    ]);
    expect(list[1].contentHash).toBe(v1.contentHash);
    expect((await settings(admin)).privacy.noticeMode).toBe('custom');
  });

  it('falls back to English when a custom notice lacks the asked language, with a default title without a heading', async () => {
    const admin = await signupTenant(t.http);
    await publishCustom(admin, { en: 'Plain text without a heading.' }).expect(201);
    const notice = await current(admin, '?lang=de');
    expect(notice).toMatchObject({ lang: 'en', body: 'Plain text without a heading.', title: 'Privacy notice' });
  });

  it.each([
    ['without en', { de: '# Nur Deutsch' }, 'bodies.en'],
    ['in an unknown language', { en: '# ok', fr: '# Avis' }, 'bodies.fr'],
    ['of 16,001 characters', { en: 'x'.repeat(16_001) }, 'bodies.en'],
    ['that are blank', { en: '   ' }, 'bodies.en'],
    ['that are no text', { en: 42 }, 'bodies.en'],
    ['that are missing', undefined, 'bodies'],
  ])('refuses custom bodies %s with 400 naming the field', async (_case, bodies, field) => {
    const admin = await signupTenant(t.http);
    const details = expectError(await publishCustom(admin, bodies), 400, 'VALIDATION_FAILED').details as { field: string }[];
    expect(details.map((d) => d.field)).toContain(field);
    expect(await versions(admin)).toHaveLength(1);
  });

  it('accepts a body of exactly 16,000 characters, and refuses unknown fields and sources', async () => {
    const admin = await signupTenant(t.http);
    await publishCustom(admin, { en: 'x'.repeat(16_000) }).expect(201);
    expectError(await as(t.http, admin).post('/api/privacy-notice/versions').send({ source: 'handwritten' }), 400, 'VALIDATION_FAILED');
    expectError(
      await as(t.http, admin).post('/api/privacy-notice/versions').send({ source: 'generated', extra: 1 }),
      400,
      'VALIDATION_FAILED',
    );
    expectError(
      await as(t.http, admin)
        .post('/api/privacy-notice/versions')
        .send({ source: 'generated', bodies: { en: '# x' } }),
      400,
      'VALIDATION_FAILED',
    );
  });

  describe('PDF notices', () => {
    it('publishes a PDF (checked by content) and serves it inline, unsniffable and sandboxed, to members only', async () => {
      const admin = await signupTenant(t.http);
      const employee = await addMember(t.http, admin, 'employee');
      const res = await as(t.http, admin)
        .post('/api/privacy-notice/versions')
        .field('changeSummary', 'Now as a PDF')
        .attach('file', PDF, 'notice.pdf');
      expect(res.status).toBe(201);
      const v2 = res.body as Version;
      expect(v2).toMatchObject({ version: 2, source: 'custom', languages: [], hasPdf: true, changeSummary: 'Now as a PDF' });
      expect(v2.contentHash).toBe(createHash('sha256').update(PDF).digest('hex'));

      const notice = await current(employee, '?lang=de');
      expect(notice).toMatchObject({ id: v2.id, body: '', pdfUrl: `/api/privacy-notice/versions/${v2.id}/pdf` });
      const pdf = await as(t.http, employee).get(notice.pdfUrl!).buffer(true).expect(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.headers['content-disposition']).toBe('inline; filename="privacy-notice-v2.pdf"');
      expect(pdf.headers['x-content-type-options']).toBe('nosniff');
      expect(pdf.headers['content-security-policy']).toBe("sandbox; default-src 'none'");
      expect(Buffer.from(pdf.body as Buffer).equals(PDF)).toBe(true);

      // A version without a PDF, and another tenant's PDF, are 404.
      const v1 = (await versions(admin)).find((v) => v.version === 1)!;
      expectError(await as(t.http, admin).get(`/api/privacy-notice/versions/${v1.id}/pdf`), 404, 'NOT_FOUND');
      const stranger = await signupTenant(t.http);
      expectError(await as(t.http, stranger).get(notice.pdfUrl!), 404, 'NOT_FOUND');
      await request(t.http).get(notice.pdfUrl!).expect(401);
    });

    it('refuses a PNG named .pdf with 400 INVALID_NOTICE_PDF', async () => {
      const admin = await signupTenant(t.http);
      const res = await as(t.http, admin)
        .post('/api/privacy-notice/versions')
        .attach('file', PNG, { filename: 'notice.pdf', contentType: 'application/pdf' });
      expectError(res, 400, 'INVALID_NOTICE_PDF');
      expect(await versions(admin)).toHaveLength(1);
    });

    it('refuses a PDF over 10 MB with 413', async () => {
      const admin = await signupTenant(t.http);
      const big = Buffer.concat([PDF, Buffer.alloc(11 * 1024 * 1024)]);
      expectError(await as(t.http, admin).post('/api/privacy-notice/versions').attach('file', big, 'big.pdf'), 413, 'PAYLOAD_TOO_LARGE');
      expect(await versions(admin)).toHaveLength(1);
    });

    it('refuses a multipart publication without a file', async () => {
      const admin = await signupTenant(t.http);
      const res = await as(t.http, admin).post('/api/privacy-notice/versions').field('changeSummary', 'no file');
      const details = expectError(res, 400, 'VALIDATION_FAILED').details as { field: string }[];
      expect(details.map((d) => d.field)).toEqual(['file']);
    });
  });

  describe('auto-republish', () => {
    it('publishes a new generated version with a change summary in both languages when a described setting changes', async () => {
      const admin = await signupTenant(t.http);
      const v1 = await current(admin);
      await as(t.http, admin)
        .patch('/api/tenant/settings')
        .send({ privacy: { retention: { afterDays: 90 } } })
        .expect(200);
      const en = await current(admin, '?lang=en');
      const de = await current(admin, '?lang=de');
      expect(en).toMatchObject({ version: 2, source: 'generated' });
      expect(en.contentHash).not.toBe(v1.contentHash);
      expect(en.changeSummary).toEqual(expect.any(String));
      expect(en.changeSummary).not.toBe('');
      expect(de.changeSummary).toEqual(expect.any(String));
      expect(de.changeSummary).not.toBe('');
      expect((await versions(admin))[0].publishedBy).toBeNull();
      const audit = (await as(t.http, admin).get('/api/admin/audit-log').expect(200)).body as {
        action: string;
        actorUserId?: string;
        details: Record<string, unknown>;
      }[];
      const published = audit.filter((e) => e.action === 'privacy_notice.published');
      // The admin who changed the setting caused it; version 1 is part of the sign-up and not logged.
      expect(published).toEqual([
        expect.objectContaining({
          actorUserId: admin.userId,
          details: { version: 2, source: 'generated', pdf: false, trigger: 'settings_changed' },
        }),
      ]);
    });

    it('publishes nothing for a setting the notice does not describe', async () => {
      const admin = await signupTenant(t.http);
      await as(t.http, admin)
        .patch('/api/tenant/settings')
        .send({ booking: { slotMinutes: 15 } })
        .expect(200);
      expect((await current(admin)).version).toBe(1);
    });

    it('publishes nothing in custom mode', async () => {
      const admin = await signupTenant(t.http);
      await publishCustom(admin, { en: '# Ours' }).expect(201);
      await as(t.http, admin)
        .patch('/api/tenant/settings')
        .send({ privacy: { retention: { afterDays: 90 } } })
        .expect(200);
      expect((await current(admin)).version).toBe(2);
    });

    it('republishes the generated notice when the mode is switched back to generated', async () => {
      const admin = await signupTenant(t.http);
      await publishCustom(admin, { en: '# Ours' }).expect(201);
      await as(t.http, admin)
        .patch('/api/tenant/settings')
        .send({ privacy: { noticeMode: 'generated' } })
        .expect(200);
      expect(await current(admin)).toMatchObject({ version: 3, source: 'generated' });
    });

    it('runs in the settings change transaction: a later failure rolls back both the setting and the new version', async () => {
      const admin = await signupTenant(t.http);
      t.app.get(TenantHooks).onSettingsChanged((_m, event) => {
        if (event.tenantId === admin.tenantId) return Promise.reject(new Error('forced failure after the republish'));
        return Promise.resolve();
      });
      await as(t.http, admin)
        .patch('/api/tenant/settings')
        .send({ privacy: { retention: { afterDays: 90 } } })
        .expect(500);
      expect((await as(t.http, admin).get('/api/tenant/settings').expect(200)).body).toMatchObject({
        privacy: { retention: { afterDays: 30 } },
      });
      expect(await versions(admin)).toHaveLength(1);
    });

    it('lists what changed since a version, and ignores another tenant’s version id', async () => {
      const admin = await signupTenant(t.http);
      const v1 = await current(admin);
      await as(t.http, admin)
        .patch('/api/tenant/settings')
        .send({ privacy: { retention: { afterDays: 60 } } })
        .expect(200);
      await as(t.http, admin)
        .patch('/api/tenant/settings')
        .send({ privacy: { bookingVisibility: 'anonymous' } })
        .expect(200);
      const notice = await current(admin, `?since=${v1.id}&lang=de`);
      expect(notice.version).toBe(3);
      expect(notice.changesSince.map((c) => c.version)).toEqual([2, 3]);
      for (const change of notice.changesSince) expect(change.summary).toEqual(expect.any(String));
      expect((await current(admin, `?since=${notice.id}`)).changesSince).toEqual([]);
      const stranger = await signupTenant(t.http);
      expect((await current(stranger, `?since=${v1.id}`)).changesSince).toEqual([]);
    });
  });

  it('gives concurrent publications distinct numbers', async () => {
    const admin = await signupTenant(t.http);
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) => publishCustom(admin, { en: `# Text ${i}` }).then((r) => (r.body as Version).version)),
    );
    expect([...results].sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6]);
  });

  it('keeps tenants apart: current is per tenant, versions of another tenant are never listed', async () => {
    const a = await signupTenant(t.http);
    const b = await signupTenant(t.http);
    await publishCustom(a, { en: '# A only' }).expect(201);
    expect((await current(b)).version).toBe(1);
    expect((await versions(b)).map((v) => v.version)).toEqual([1]);
  });

  it.each(['employee', 'facility_manager'] as const)('refuses %s the admin routes with 403', async (role) => {
    const admin = await signupTenant(t.http);
    const member = await addMember(t.http, admin, role);
    expectError(await as(t.http, member).get('/api/privacy-notice/preview'), 403, 'FORBIDDEN');
    expectError(await as(t.http, member).get('/api/privacy-notice/versions'), 403, 'FORBIDDEN');
    expectError(await as(t.http, member).post('/api/privacy-notice/versions').send({ source: 'generated' }), 403, 'FORBIDDEN');
    expectError(await as(t.http, member).post('/api/privacy-notice/versions').attach('file', PDF, 'notice.pdf'), 403, 'FORBIDDEN');
  });

  it('republishes generated on request, with the admin as publisher and the mode generated', async () => {
    const admin = await signupTenant(t.http);
    await publishCustom(admin, { en: '# Ours' }).expect(201);
    const res = await as(t.http, admin).post('/api/privacy-notice/versions').send({ source: 'generated' }).expect(201);
    expect(res.body).toMatchObject({ version: 3, source: 'generated', publishedBy: 'Ada Admin', languages: ['de', 'en'] });
    expect((await settings(admin)).privacy.noticeMode).toBe('generated');
  });

  describe('before an account exists', () => {
    const invite = async (admin: Member) =>
      (
        (
          await as(t.http, admin)
            .post('/api/users')
            .send({ email: uniqueEmail('invitee'), displayName: 'Ivy Invitee', role: 'employee' })
            .expect(201)
        ).body as {
          inviteToken: string;
        }
      ).inviteToken;

    it('carries the current notice in the invite preview, in the asked language', async () => {
      const admin = await signupTenant(t.http);
      const inviteToken = await invite(admin);
      const v1 = await current(admin, '?lang=de');
      const res = await request(t.http).post('/api/auth/invite-preview').send({ inviteToken, lang: 'de' }).expect(200);
      expect((res.body as { notice: unknown }).notice).toEqual({
        id: v1.id,
        version: 1,
        lang: 'de',
        title: v1.title,
        body: v1.body,
        isPdf: false,
        contentHash: v1.contentHash,
      });
      const en = await request(t.http).post('/api/auth/invite-preview').send({ inviteToken }).expect(200);
      expect((en.body as { notice: { lang: string } }).notice.lang).toBe('en');
    });

    it('lets the invitee read a PDF notice with the invite token, and nobody without one', async () => {
      const admin = await signupTenant(t.http);
      await as(t.http, admin).post('/api/privacy-notice/versions').attach('file', PDF, 'notice.pdf').expect(201);
      const inviteToken = await invite(admin);
      const preview = await request(t.http).post('/api/auth/invite-preview').send({ inviteToken }).expect(200);
      expect((preview.body as { notice: unknown }).notice).toMatchObject({ version: 2, isPdf: true, body: '' });
      const pdf = await request(t.http).post('/api/auth/invite-notice-pdf').send({ inviteToken }).buffer(true).expect(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.headers['content-security-policy']).toBe("sandbox; default-src 'none'");
      expect(Buffer.from(pdf.body as Buffer).equals(PDF)).toBe(true);
      expectError(
        await request(t.http).post('/api/auth/invite-notice-pdf').send({ inviteToken: 'not-a-real-invite-token' }),
        404,
        'INVITE_INVALID',
      );
    });

    it('answers the sign-up notice without authentication, cacheable, in both languages', async () => {
      const en = await request(t.http).get('/api/auth/signup-notice').expect(200);
      const de = await request(t.http).get('/api/auth/signup-notice?lang=de').expect(200);
      expect(en.headers['cache-control']).toBe('public, max-age=3600');
      expect(en.body).toMatchObject({ lang: 'en', title: expect.any(String), body: expect.any(String) });
      expect((de.body as { lang: string }).lang).toBe('de');
      expect((de.body as { body: string }).body).not.toBe((en.body as { body: string }).body);
      expectError(await request(t.http).get('/api/auth/signup-notice?lang=fr'), 400, 'VALIDATION_FAILED');
    });
  });

  describe('tenants from before notices', () => {
    it('get version 1 at start-up, once', async () => {
      const admin = await signupTenant(t.http);
      const db = t.app.get(DataSource);
      const ids = (await db.query<{ id: string }[]>('SELECT id FROM privacy_notice_versions WHERE tenantId = ?', [admin.tenantId])).map(
        (r) => r.id,
      );
      await db.query(`DELETE FROM privacy_notice_bodies WHERE versionId IN (${ids.map(() => '?').join(', ')})`, ids);
      await db.query('DELETE FROM privacy_notice_versions WHERE tenantId = ?', [admin.tenantId]);
      expectError(await as(t.http, admin).get('/api/privacy-notice/current'), 404, 'NO_NOTICE');

      const second = await startSecondInstance(t);
      try {
        expect(await current(admin)).toMatchObject({ version: 1, source: 'generated' });
        // Again (a second instance, or the next start): nothing more for this tenant.
        await second.app.get(NoticeLifecycle).backfill();
        expect(await versions(admin)).toHaveLength(1);
      } finally {
        await second.close();
      }
    });
  });

  it('lists the admin’s publications in their export, and erasure keeps the version without them', async () => {
    const owner = await signupTenant(t.http);
    const admin = await addMember(t.http, owner, 'tenant_admin', 'Pia Publisher');
    await publishCustom(admin, { en: '# By Pia' }).expect(201);
    const exported = (await as(t.http, admin).get('/api/me/export').expect(200)).body as { privacyNoticesPublished: { version: number }[] };
    expect(exported.privacyNoticesPublished).toEqual([expect.objectContaining({ version: 2 })]);
    await as(t.http, owner)
      .delete(`/api/users/${admin.userId}`)
      .expect((res) => expect([200, 204]).toContain(res.status));
    const list = await versions(owner);
    expect(list.map((v) => [v.version, v.publishedBy])).toEqual([
      [2, null],
      [1, null],
    ]);
  });
});
