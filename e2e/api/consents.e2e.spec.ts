import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRONG_PASSWORD, addMember, as, expectError, signupTenant, type Member } from './support/factories.js';
import { acceptCurrentNotice, currentNoticeId, meConsent, publishNoticeVersion } from './support/notices.js';
import { createPlace, utcAt, type Place } from './support/places.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface Report {
  accepted: number;
  total: number;
  records: { userId: string | null; displayName: string | null; acceptedAt: string; withdrawnAt: string | null }[];
}

describe('consent to the privacy notice', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** A tenant that requires consent (the product's default), with a notice, a place and an employee. */
  async function gatedTenant(): Promise<{ admin: Member; employee: Member; place: Place; noticeId: string }> {
    const admin = await signupTenant(t.http, undefined, { consentRequired: true });
    const employee = await addMember(t.http, admin, 'employee', 'Erin Employee');
    const place = await createPlace(t.http, admin, 2);
    const noticeId = await currentNoticeId(t.http, admin);
    return { admin, employee, place, noticeId };
  }

  const book = (member: Member, deskId: string, day = 1) =>
    as(t.http, member)
      .post('/api/bookings')
      .send({ deskId, startsAt: utcAt(day, 9), endsAt: utcAt(day, 10) });

  /** Every booking feature, each answering 403 CONSENT_REQUIRED naming the current version. */
  async function expectEveryBookingFeatureGated(member: Member, place: Place, noticeId: string, bookingId: string = randomUUID()) {
    const range = `from=${utcAt(1, 0)}&to=${utcAt(2, 0)}`;
    const calls = [
      ['availability', as(t.http, member).get(`/api/floors/${place.floorId}/availability?${range}`)],
      ['create', book(member, place.deskIds[1], 2)],
      ['list', as(t.http, member).get('/api/bookings/mine')],
      ['details', as(t.http, member).get(`/api/bookings/${bookingId}`)],
      ['cancel', as(t.http, member).delete(`/api/bookings/${bookingId}`)],
      ['check-in', as(t.http, member).post(`/api/bookings/${bookingId}/check-in`)],
      ['calendar', as(t.http, member).get('/api/me/calendar.ics')],
    ] as const;
    for (const [feature, call] of calls) {
      const body = expectError(await call, 403, 'CONSENT_REQUIRED');
      expect(body.details, feature).toEqual({ noticeVersionId: noticeId });
    }
  }

  it('blocks every booking feature until the person accepts the current notice; then booking works', async () => {
    const { employee, place, noticeId } = await gatedTenant();
    await expectEveryBookingFeatureGated(employee, place, noticeId);

    const accepted = await as(t.http, employee).post('/api/consents').send({ noticeVersionId: noticeId }).expect(201);
    expect(accepted.body).toEqual({
      id: expect.any(String),
      noticeVersionId: noticeId,
      version: 1,
      contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      locale: 'en',
      acceptedAt: expect.any(String),
      withdrawnAt: null,
    });
    const booking = (await book(employee, place.deskIds[0]).expect(201)).body as { id: string };
    await as(t.http, employee)
      .get(`/api/floors/${place.floorId}/availability?from=${utcAt(1, 0)}&to=${utcAt(2, 0)}`)
      .expect(200);
    await as(t.http, employee).get('/api/bookings/mine').expect(200);
    await as(t.http, employee).get(`/api/bookings/${booking.id}`).expect(200);
    await as(t.http, employee).get('/api/me/calendar.ics').expect(200);
    await as(t.http, employee).delete(`/api/bookings/${booking.id}`).expect(204);
  });

  it('accepting the accepted version again returns the same record (200), not a second one', async () => {
    const { employee, noticeId } = await gatedTenant();
    const first = await as(t.http, employee).post('/api/consents').send({ noticeVersionId: noticeId }).expect(201);
    const again = await as(t.http, employee).post('/api/consents').send({ noticeVersionId: noticeId }).expect(200);
    expect(again.body).toEqual(first.body);
  });

  it('keeps reading the notice, /me, 2FA setup, export, logout and erasure open while consent is missing', async () => {
    const { admin, employee, place, noticeId } = await gatedTenant();
    await expectEveryBookingFeatureGated(employee, place, noticeId);
    // Answered by the notice-versions feature: whatever it answers, the gate is not in its way.
    const notice = await as(t.http, employee).get('/api/privacy-notice/current?lang=en');
    expect(notice.status).not.toBe(403);
    await as(t.http, employee).get('/api/me').expect(200);
    await as(t.http, employee).post('/api/me/2fa/setup').send({ password: STRONG_PASSWORD }).expect(200);
    await as(t.http, employee).get('/api/me/export').expect(200);
    await as(t.http, employee).get('/api/tenant/settings').expect(200);
    // Admin tools are not booking features either: places, users.
    await as(t.http, admin).get('/api/locations').expect(200);
    await as(t.http, admin).get('/api/users').expect(200);
    await as(t.http, employee).post('/api/auth/logout').expect(204);

    const leaver = await addMember(t.http, admin, 'employee');
    await as(t.http, leaver).delete('/api/me').send({ password: STRONG_PASSWORD }).expect(204);
  });

  it('lets everyone book without consent while the tenant does not require it', async () => {
    const admin = await signupTenant(t.http);
    const employee = await addMember(t.http, admin, 'employee');
    const place = await createPlace(t.http, admin, 1);
    await currentNoticeId(t.http, admin);
    await book(employee, place.deskIds[0]).expect(201);
    expect(await meConsent(t.http, employee)).toMatchObject({ required: false, acceptedVersionId: null, acceptedAt: null });
  });

  it('asks again after a new version; the old version answers 409 NOT_CURRENT_VERSION; /me tells both versions apart', async () => {
    const { admin, employee, place, noticeId } = await gatedTenant();
    expect(await meConsent(t.http, employee)).toEqual({
      required: true,
      currentVersionId: noticeId,
      acceptedVersionId: null,
      acceptedAt: null,
    });

    await acceptCurrentNotice(t.http, employee);
    const afterAccept = await meConsent(t.http, employee);
    expect(afterAccept).toEqual({
      required: false,
      currentVersionId: noticeId,
      acceptedVersionId: noticeId,
      acceptedAt: expect.any(String),
    });
    await book(employee, place.deskIds[0]).expect(201);

    const v2 = await publishNoticeVersion(t.http, admin);
    expect(v2).not.toBe(noticeId);
    // Still the version they accepted, so the web can show what changed since.
    expect(await meConsent(t.http, employee)).toEqual({ ...afterAccept, required: true, currentVersionId: v2 });
    await expectEveryBookingFeatureGated(employee, place, v2);

    const stale = expectError(
      await as(t.http, employee).post('/api/consents').send({ noticeVersionId: noticeId }),
      409,
      'NOT_CURRENT_VERSION',
    );
    expect(stale.details).toEqual({ noticeVersionId: v2 });

    await as(t.http, employee).post('/api/consents').send({ noticeVersionId: v2 }).expect(201);
    expect(await meConsent(t.http, employee)).toMatchObject({ required: false, currentVersionId: v2, acceptedVersionId: v2 });
    await book(employee, place.deskIds[1], 3).expect(201);
  });

  it('blocks booking again after withdrawal; withdrawing twice is no error', async () => {
    const { employee, place, noticeId } = await gatedTenant();
    await acceptCurrentNotice(t.http, employee);
    const booking = (await book(employee, place.deskIds[0]).expect(201)).body as { id: string };

    await as(t.http, employee).delete('/api/consents/current').expect(204);
    await as(t.http, employee).delete('/api/consents/current').expect(204);
    expect(await meConsent(t.http, employee)).toEqual({
      required: true,
      currentVersionId: noticeId,
      acceptedVersionId: null,
      acceptedAt: null,
    });
    await expectEveryBookingFeatureGated(employee, place, noticeId, booking.id);

    // Accepting again opens booking again, with a new record.
    await as(t.http, employee).post('/api/consents').send({ noticeVersionId: noticeId }).expect(201);
    await as(t.http, employee).get(`/api/bookings/${booking.id}`).expect(200);
  });

  it("answers 404 for another tenant's or an unknown version, on consent and on the report", async () => {
    const { admin } = await gatedTenant();
    const other = await gatedTenant();
    expectError(await as(t.http, admin).post('/api/consents').send({ noticeVersionId: other.noticeId }), 404, 'NOT_FOUND');
    expectError(await as(t.http, admin).post('/api/consents').send({ noticeVersionId: randomUUID() }), 404, 'NOT_FOUND');
    expectError(await as(t.http, admin).get(`/api/privacy-notice/versions/${other.noticeId}/consents`), 404, 'NOT_FOUND');
    expectError(await as(t.http, admin).get(`/api/privacy-notice/versions/${other.noticeId}/consents?format=csv`), 404, 'NOT_FOUND');
  });

  it('shows the report to tenant admins only', async () => {
    const { admin, employee, noticeId } = await gatedTenant();
    const manager = await addMember(t.http, admin, 'facility_manager');
    for (const member of [employee, manager]) {
      expectError(await as(t.http, member).get(`/api/privacy-notice/versions/${noticeId}/consents`), 403, 'FORBIDDEN');
      expectError(await as(t.http, member).get(`/api/privacy-notice/versions/${noticeId}/consents?format=csv`), 403, 'FORBIDDEN');
    }
  });

  it('reports accepted / total with the records; erasure keeps the record without the person, so the counts stay right', async () => {
    const { admin, employee, noticeId } = await gatedTenant();
    await addMember(t.http, admin, 'employee', 'Ivan Idle');
    // An invitation not yet accepted is no member.
    await as(t.http, admin)
      .post('/api/users')
      .send({ email: `pending.${randomUUID()}@e2e.example.com`, displayName: 'P', role: 'employee' })
      .expect(201);
    await acceptCurrentNotice(t.http, admin);
    await acceptCurrentNotice(t.http, employee);
    const report = async () =>
      (await as(t.http, admin).get(`/api/privacy-notice/versions/${noticeId}/consents`).expect(200)).body as Report;

    const before = await report();
    expect(before).toMatchObject({ accepted: 2, total: 3 });
    expect(before.records.map((r) => [r.userId, r.displayName, r.withdrawnAt])).toEqual([
      [admin.userId, 'Ada Admin', null],
      [employee.userId, 'Erin Employee', null],
    ]);

    await as(t.http, admin).delete(`/api/users/${employee.userId}`).expect(204);
    const after = await report();
    // The erased person's acceptance still counts for this version; they are no member any more.
    expect(after).toMatchObject({ accepted: 2, total: 2 });
    expect(after.records.map((r) => [r.userId, r.displayName])).toEqual([
      [admin.userId, 'Ada Admin'],
      [null, null],
    ]);
    expect(after.records[1].acceptedAt).toBe(before.records[1].acceptedAt);
    expect(JSON.stringify(after)).not.toContain(employee.userId);
  });

  it('exports the report as CSV with formula cells neutralized', async () => {
    const { admin, noticeId } = await gatedTenant();
    const mallory = await addMember(t.http, admin, 'employee', '=HYPERLINK("http://evil.example","click")');
    const plus = await addMember(t.http, admin, 'employee', '+Plus "quoted"');
    await acceptCurrentNotice(t.http, mallory);
    await acceptCurrentNotice(t.http, plus);
    const res = await as(t.http, admin).get(`/api/privacy-notice/versions/${noticeId}/consents?format=csv`).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="consents-${noticeId}.csv"`);
    const lines = res.text.trimEnd().split('\r\n');
    expect(lines[0]).toBe('"userId","displayName","acceptedAt","withdrawnAt"');
    expect(lines).toHaveLength(3);
    const line = (userId: string) => lines.find((l) => l.startsWith(`"${userId}",`));
    expect(line(mallory.userId)).toMatch(/^"[^"]+","'=HYPERLINK\(""http:\/\/evil\.example"",""click""\)","[^"]+",""$/);
    expect(line(plus.userId)).toMatch(/^"[^"]+","'\+Plus ""quoted""","[^"]+",""$/);
  });

  it('puts consents in the personal export and the tenant export, and audits giving and withdrawing', async () => {
    const { admin, employee, noticeId } = await gatedTenant();
    await acceptCurrentNotice(t.http, employee);
    await as(t.http, employee).delete('/api/consents/current').expect(204);

    const mine = (await as(t.http, employee).get('/api/me/export').expect(200)).body as { consents: unknown[] };
    expect(mine.consents).toEqual([
      { noticeVersionId: noticeId, version: 1, locale: 'en', acceptedAt: expect.any(String), withdrawnAt: expect.any(String) },
    ]);

    const tenant = (await as(t.http, admin).get('/api/admin/export').expect(200)).body as { consents: Record<string, unknown>[] };
    expect(tenant.consents).toEqual([
      {
        id: expect.any(String),
        userId: employee.userId,
        noticeVersionId: noticeId,
        version: 1,
        contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
        locale: 'en',
        acceptedAt: expect.any(String),
        withdrawnAt: expect.any(String),
      },
    ]);

    const log = (await as(t.http, admin).get('/api/admin/audit-log').expect(200)).body as {
      action: string;
      actorUserId: string | null;
      details: unknown;
    }[];
    const consentEvents = log.filter((e) => e.action.startsWith('consent.'));
    expect(consentEvents).toEqual([
      expect.objectContaining({ action: 'consent.withdrawn', actorUserId: employee.userId }),
      expect.objectContaining({
        action: 'consent.given',
        actorUserId: employee.userId,
        details: { noticeVersionId: noticeId, version: 1 },
      }),
    ]);
  });

  it('records the language the person uses', async () => {
    const { employee, noticeId } = await gatedTenant();
    await as(t.http, employee).patch('/api/me').send({ locale: 'de' }).expect(200);
    const res = await as(t.http, employee).post('/api/consents').send({ noticeVersionId: noticeId }).expect(201);
    expect((res.body as { locale: string }).locale).toBe('de');
  });

  it('needs a session', async () => {
    expectError(await request(t.http).post('/api/consents').send({ noticeVersionId: randomUUID() }), 401, 'UNAUTHENTICATED');
  });
});
