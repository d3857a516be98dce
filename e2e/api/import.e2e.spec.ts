import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AuditService } from '../../apps/api/src/audit/audit.service.js';
import { User } from '../../apps/api/src/users/entities/user.entity.js';
import { DAY_MS, bookingRows, importTenant, pastRow, setRetention, settled } from './support/anonymization.js';
import { as, expectError, signupTenant, type Member } from './support/factories.js';
import { createPlace, utcAt } from './support/places.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface RowProblem {
  row: number;
  field: string;
  code: string;
  params: Record<string, string | number>;
  messages: string[];
}

/** The web app's English wording of each problem code, with the values it names (`{{floorName}}`). */
const webWording = (
  JSON.parse(readFileSync(new URL('../../apps/web/src/locales/en.json', import.meta.url), 'utf8')) as {
    bookingImport: { problem: Record<string, string> };
  }
).bookingImport.problem;

/** The web app can word the problem: it knows the code, and the API sent every value its text names. */
function expectWordable(problem: RowProblem): void {
  const text = webWording[problem.code];
  expect(text, `web text for ${problem.code}`).toEqual(expect.any(String));
  for (const [, name] of text.matchAll(/{{(\w+)/g)) expect(problem.params, `${problem.code} names ${name}`).toHaveProperty(name);
}

describe('booking import', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const tenant = () => importTenant(t);

  const post = (admin: Member, body: unknown) =>
    as(t.http, admin)
      .post('/api/admin/bookings/import')
      .send(body as object);
  const csv = (admin: Member, text: string) =>
    as(t.http, admin).post('/api/admin/bookings/import').set('Content-Type', 'text/csv').send(text);
  const refused = (res: { body: unknown }) => {
    const details = expectError(res as never, 400, 'VALIDATION_FAILED').details as RowProblem[];
    details.forEach(expectWordable);
    return details;
  };
  const problems = (res: { body: unknown }) => refused(res).map((p) => [p.row, p.field, p.code]);

  it('imports past history from JSON by desk id or by floor name and label, with or without a person', async () => {
    const { admin, alice, place } = await tenant();
    const start = Date.now() - 300 * DAY_MS;
    const at = (days: number, hour: number) => new Date(start + days * DAY_MS + hour * 3_600_000).toISOString();
    await post(admin, [
      { deskId: place.deskIds[0], userEmail: alice.email.toUpperCase(), startsAt: at(0, 8), endsAt: at(0, 16), checkedInAt: at(0, 8) },
      { floorName: 'Ground floor', deskLabel: 'D2', userEmail: alice.email, startsAt: at(1, 8), endsAt: at(1, 12) },
      { deskId: place.deskIds[2], startsAt: at(1, 8), endsAt: at(1, 12) },
    ]).expect(200, { imported: 3, anonymizationQueued: true });
    await settled(t, admin);
    const rows = (await bookingRows(t, admin.tenantId)).sort((a, b) => place.deskIds.indexOf(a.deskId) - place.deskIds.indexOf(b.deskId));
    expect(rows.map((r) => [r.deskId, r.userId])).toEqual([
      [place.deskIds[0], alice.userId],
      [place.deskIds[1], alice.userId],
      [place.deskIds[2], null],
    ]);
    expect(rows[0].checkedInAt?.toISOString()).toBe(at(0, 8));
    // Stored as a booking made through the API would be, read back through the entity on either database.
    expect(rows.map((r) => [r.startsAt.toISOString(), r.endsAt.toISOString()])).toEqual([
      [at(0, 8), at(0, 16)],
      [at(1, 8), at(1, 12)],
      [at(1, 8), at(1, 12)],
    ]);
    expect(rows.map((r) => [typeof r.visibleToColleagues, r.cancelledAt, r.cancelReason])).toEqual([
      ['boolean', null, null],
      ['boolean', null, null],
      ['object', null, null],
    ]);
    expect(rows[1].checkedInAt).toBeNull();
    expect(rows.every((r) => r.createdAt instanceof Date && Math.abs(r.createdAt.getTime() - Date.now()) < 60_000)).toBe(true);
    // A row without a person is anonymous from the start.
    expect(rows[2].anonymizedAt).toBeInstanceOf(Date);
    expect(rows[0].anonymizedAt).toBeNull();
    const audit = (await as(t.http, admin).get('/api/admin/audit-log').expect(200)).body as { action: string; details: unknown }[];
    expect(audit.find((e) => e.action === 'bookings.imported')).toMatchObject({ details: { rows: 3 } });
  });

  it('imports CSV with a header line, fields in any order', async () => {
    const { admin, alice, place } = await tenant();
    const a = pastRow(place.deskIds[0], alice.email, 10 * DAY_MS);
    const b = pastRow(place.deskIds[1], undefined, 9 * DAY_MS);
    const text = [
      'startsAt,endsAt,floorName,deskLabel,userEmail',
      `${a.startsAt},${a.endsAt},Ground floor,D1,${alice.email}`,
      `${b.startsAt},${b.endsAt},"Ground floor",D2,`,
      '',
    ].join('\r\n');
    await csv(admin, text).expect(200, { imported: 2, anonymizationQueued: true });
    expect((await bookingRows(t, admin.tenantId)).map((r) => r.userId)).toEqual([alice.userId, null]);
  });

  it('rejects the whole file when any row is wrong, naming each row and field', async () => {
    const { admin, alice, place } = await tenant();
    const good = pastRow(place.deskIds[0], alice.email, 5 * DAY_MS);
    const res = await post(admin, [
      good,
      { ...pastRow('00000000-0000-4000-8000-000000000000', undefined, 4 * DAY_MS) },
      { ...pastRow(place.deskIds[1], 'nobody@example.com', 4 * DAY_MS) },
      { deskId: place.deskIds[2], startsAt: '2026-01-01 08:00', endsAt: '2026-01-01T09:00:00Z' },
      { floorName: 'Ground floor', deskLabel: 'Z99', startsAt: good.startsAt, endsAt: good.endsAt },
      { deskId: place.deskIds[2], startsAt: good.endsAt, endsAt: good.startsAt },
      { deskId: place.deskIds[2], startsAt: '2026-01-01T08:00:00Z', endsAt: '2026-01-02T09:00:00Z' },
      { deskId: place.deskIds[2], startsAt: good.startsAt, endsAt: good.endsAt, colour: 'red' },
    ]);
    expect(problems(res)).toEqual([
      [2, 'rows[2].deskId', 'NO_DESK_WITH_ID'],
      [3, 'rows[3].userEmail', 'NO_PERSON'],
      [4, 'rows[4].startsAt', 'INVALID_TIME'],
      [5, 'rows[5].deskLabel', 'NO_DESK_ON_FLOOR'],
      [6, 'rows[6].endsAt', 'ENDS_BEFORE_START'],
      [7, 'rows[7].endsAt', 'TOO_LONG'],
      [8, 'rows[8].colour', 'UNKNOWN_FIELD'],
    ]);
    // Each problem carries the values its message names, for clients that word it themselves.
    expect((res.body as { details: RowProblem[] }).details[3]).toEqual({
      row: 5,
      field: 'rows[5].deskLabel',
      code: 'NO_DESK_ON_FLOOR',
      params: { floorName: 'Ground floor', deskLabel: 'Z99' },
      messages: ['No desk "Z99" on floor "Ground floor"'],
    });
    expect((res.body as { message: string }).message).toMatch(/7 problems.*nothing was imported/);
    expect(await bookingRows(t, admin.tenantId)).toEqual([]);
  });

  it('gives every problem a code the web app words, with the values its text names', async () => {
    const { admin, place } = await tenant();
    const good = pastRow(place.deskIds[0], undefined, 5 * DAY_MS);
    const times = { startsAt: good.startsAt, endsAt: good.endsAt };
    const first = await post(admin, [
      'a string',
      times,
      { ...good, userEmail: 'not-an-address' },
      { deskId: place.deskIds[1], startsAt: good.startsAt },
      { floorName: 'Roof', deskLabel: 'D1', ...times },
    ]);
    expect(refused(first).map((p) => [p.row, p.code, p.params])).toEqual([
      [1, 'NOT_AN_OBJECT', {}],
      [2, 'DESK_MISSING', {}],
      [3, 'INVALID_EMAIL', {}],
      [4, 'REQUIRED', { field: 'endsAt' }],
      [5, 'NO_FLOOR', { floorName: 'Roof' }],
    ]);
    // A second location with its own "Ground floor": the name no longer says which floor.
    await createPlace(t.http, admin, 1);
    expect(refused(await post(admin, [{ floorName: 'Ground floor', deskLabel: 'D1', ...times }])).map((p) => [p.code, p.params])).toEqual([
      ['SEVERAL_FLOORS', { floorName: 'Ground floor' }],
    ]);
    expect(await bookingRows(t, admin.tenantId)).toEqual([]);
  });

  it('applies the integrity rules: no desk or person twice at once, in the file or against existing bookings', async () => {
    const { admin, alice, place } = await tenant();
    const existing = (
      await as(t.http, alice)
        .post('/api/bookings')
        .send({ deskId: place.deskIds[0], startsAt: utcAt(2, 9), endsAt: utcAt(2, 11) })
        .expect(201)
    ).body as { id: string };
    const later = (hour: number, desk: number, email?: string) => ({
      deskId: place.deskIds[desk],
      userEmail: email,
      startsAt: utcAt(3, hour),
      endsAt: utcAt(3, hour + 2),
    });
    const res = await post(admin, [
      { deskId: place.deskIds[0], startsAt: utcAt(2, 10), endsAt: utcAt(2, 12) }, // desk taken by the existing booking
      { deskId: place.deskIds[1], userEmail: alice.email, startsAt: utcAt(2, 8), endsAt: utcAt(2, 10) }, // Alice is elsewhere
      later(9, 2),
      later(10, 2), // same desk as the row before
      later(9, 0, admin.email),
      later(10, 1, admin.email), // same person as the row before
      later(12, 2), // starting as row 4 ends is fine
    ]);
    expect(problems(res)).toEqual([
      [1, 'rows[1].deskId', 'DESK_TAKEN'],
      [2, 'rows[2].userEmail', 'PERSON_BUSY'],
      [4, 'rows[4].deskId', 'DESK_TWICE_IN_FILE'],
      [6, 'rows[6].userEmail', 'PERSON_TWICE_IN_FILE'],
    ]);
    expect((res.body as { details: RowProblem[] }).details[2].params).toEqual({ otherRow: 3 });
    expect((await bookingRows(t, admin.tenantId)).map((r) => r.id)).toEqual([existing.id]);
  });

  it('only sees the caller’s tenant: another tenant’s desks and people are unknown', async () => {
    const { admin, place } = await tenant();
    const other = await tenant();
    const res = await post(admin, [
      pastRow(other.place.deskIds[0], undefined, DAY_MS),
      pastRow(place.deskIds[0], other.alice.email, DAY_MS),
    ]);
    expect(problems(res)).toEqual([
      [1, 'rows[1].deskId', 'NO_DESK_WITH_ID'],
      [2, 'rows[2].userEmail', 'NO_PERSON'],
    ]);
    expect(await bookingRows(t, other.admin.tenantId)).toEqual([]);
  });

  it('refuses empty, malformed and oversized files', async () => {
    const { admin, place } = await tenant();
    expect(refused(await post(admin, []))).toEqual([{ field: 'rows', code: 'NO_ROWS', params: {}, messages: ['The file has no rows'] }]);
    expect(refused(await post(admin, { something: 'else' }))).toMatchObject([{ field: 'rows', code: 'NOT_ROWS' }]);
    const unreadable = refused(await csv(admin, 'deskId,startsAt,endsAt\n"unclosed,2026-01-01T08:00:00Z'));
    expect(unreadable).toMatchObject([{ field: 'rows', code: 'FILE_UNREADABLE', params: { reason: expect.any(String) as string } }]);
    const row = pastRow(place.deskIds[0], undefined, DAY_MS);
    const tooMany = await post(
      admin,
      Array.from({ length: 100_001 }, () => row),
    );
    expect(refused(tooMany)).toMatchObject([{ field: 'rows', code: 'TOO_MANY_ROWS', params: { max: 100_000 } }]);
    expect((tooMany.body as { message: string }).message).toMatch(/At most 100,000 rows/);
    expect(await bookingRows(t, admin.tenantId)).toEqual([]);
  });

  it('authenticates and authorizes before it reads a file: a big body answers 401 or 403 unread', async () => {
    const { alice } = await tenant();
    const brackets = '['.repeat(5 * 1024 * 1024);
    const anonymous = await request(t.http).post('/api/admin/bookings/import').set('Content-Type', 'application/json').send(brackets);
    expectError(anonymous, 401, 'UNAUTHENTICATED');
    const employee = await as(t.http, alice).post('/api/admin/bookings/import').set('Content-Type', 'text/csv').send(brackets);
    expectError(employee, 403, 'FORBIDDEN');
  });

  it('refuses JSON nested deeper than 32 levels, a file over 40 MB, and __proto__ keys, with 4xx and nothing imported', async () => {
    const { admin, place } = await tenant();
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    expectError(await post(admin, deep).set('Content-Type', 'application/json'), 400, 'MALFORMED_JSON');
    const unclosed = await post(admin, '['.repeat(1024 * 1024)).set('Content-Type', 'application/json');
    expectError(unclosed, 400, 'MALFORMED_JSON');
    const huge = await csv(admin, `deskId,startsAt,endsAt\n${'x'.repeat(41 * 1024 * 1024)}`);
    expectError(huge, 413, 'PAYLOAD_TOO_LARGE');
    const row = pastRow(place.deskIds[0], undefined, DAY_MS);
    const proto = `[${JSON.stringify(row).slice(0, -1)},"__proto__":{"deskId":"x"}}]`;
    expectError(await post(admin, proto).set('Content-Type', 'application/json'), 400, 'VALIDATION_FAILED');
    expect(await bookingRows(t, admin.tenantId)).toEqual([]);
  });

  it('writes nothing when its last statement fails: no rows, no stamps, no audit record', async () => {
    const { admin, alice, place } = await tenant();
    // The audit record is the import's last statement: naming a tenant that does not exist breaks its foreign key.
    const auditService = t.app.get(AuditService);
    const record = auditService.record.bind(auditService);
    const fault = vi.spyOn(auditService, 'record').mockImplementation((m, event) => {
      const broken = event.action === 'bookings.imported' && event.tenantId === admin.tenantId;
      return record(m, broken ? { ...event, tenantId: '00000000-0000-4000-8000-000000000000' } : event);
    });
    try {
      const res = await post(admin, [pastRow(place.deskIds[0], alice.email, 2 * DAY_MS), pastRow(place.deskIds[1], undefined, DAY_MS)]);
      expectError(res, 500, 'INTERNAL_ERROR');
    } finally {
      fault.mockRestore();
    }
    expect(await bookingRows(t, admin.tenantId)).toEqual([]);
    expect(await t.app.get(DataSource).getRepository(User).findOneByOrFail({ id: alice.userId })).toMatchObject({ bookingAddedAt: null });
    const audit = (await as(t.http, admin).get('/api/admin/audit-log').expect(200)).body as { action: string }[];
    expect(audit.map((e) => e.action)).not.toContain('bookings.imported');
    // Nothing stuck: the same file goes in whole afterwards.
    await post(admin, [pastRow(place.deskIds[0], alice.email, 2 * DAY_MS), pastRow(place.deskIds[1], undefined, DAY_MS)]).expect(200);
    expect(await bookingRows(t, admin.tenantId)).toHaveLength(2);
  });

  it('keeps the server responsive while it imports 20,000 rows and exports them again', async () => {
    const admin = await signupTenant(t.http);
    await setRetention(t, admin, 'anonymize', 3650);
    const desks = await createPlace(t.http, admin, 20);
    const rows = Array.from({ length: 20_000 }, (_, i) => pastRow(desks.deskIds[i % 20], undefined, (Math.floor(i / 20) + 1) * DAY_MS));
    const text = ['deskId,startsAt,endsAt', ...rows.map((r) => `${r.deskId},${r.startsAt},${r.endsAt}`)].join('\n');
    // The longest the event loop (which serves every tenant's requests) was held up.
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    await csv(admin, text).expect(200, { imported: 20_000, anonymizationQueued: true });
    const importStall = delay.max / 1e6;
    delay.reset();
    const exported = await as(t.http, admin)
      .get('/api/admin/export')
      .buffer(true)
      .parse((res, done) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => done(null, body));
      });
    const exportStall = delay.max / 1e6;
    delay.disable();
    expect((JSON.parse(exported.body as string) as { bookings: unknown[] }).bookings).toHaveLength(20_000);
    // Generous against a busy test machine; one long synchronous stretch on SQLite held it for seconds.
    expect(importStall, 'longest event loop stall during the import, ms').toBeLessThan(500);
    expect(exportStall, 'longest event loop stall during the export, ms').toBeLessThan(500);
  });

  it('keeps what other requests write while it checks a file it then refuses', async () => {
    const admin = await signupTenant(t.http);
    await setRetention(t, admin, 'anonymize', 3650);
    const desks = await createPlace(t.http, admin, 20);
    const rows = Array.from({ length: 20_000 }, (_, i) => pastRow(desks.deskIds[i % 20], undefined, (Math.floor(i / 20) + 2) * DAY_MS));
    // The last desk's history collides with a booking it already has: found only after most checks.
    await post(admin, [pastRow(desks.deskIds[19], undefined, 2 * DAY_MS)]).expect(200);
    const text = ['deskId,startsAt,endsAt', ...rows.map((r) => `${r.deskId},${r.startsAt},${r.endsAt}`)].join('\n');
    const other = await signupTenant(t.http);
    const otherDesk = await createPlace(t.http, other, 1);
    const refusedImport = csv(admin, text).then((res) => res);
    const booked = as(t.http, other)
      .post('/api/bookings')
      .send({ deskId: otherDesk.deskIds[0], startsAt: utcAt(1, 9), endsAt: utcAt(1, 17) });
    const [importRes, bookingRes] = await Promise.all([refusedImport, booked]);
    expect(refused(importRes).map((p) => p.code)).toEqual(['DESK_TAKEN']);
    expect(bookingRes.status).toBe(201);
    expect((await bookingRows(t, other.tenantId)).map((r) => r.id)).toEqual([bookingRes.body.id]);
    expect(await bookingRows(t, admin.tenantId)).toHaveLength(1);
  });

  it('queues a sweep: rows already due under the period lose their person', async () => {
    const { admin, alice, place } = await tenant();
    await setRetention(t, admin, 'anonymize', 30);
    const res = await post(admin, [
      pastRow(place.deskIds[0], alice.email, 40 * DAY_MS),
      pastRow(place.deskIds[1], alice.email, 20 * DAY_MS),
    ]);
    expect(res.body).toEqual({ imported: 2, anonymizationQueued: true });
    expect(await settled(t, admin)).toMatchObject({ lastRunProcessed: 1, due: 0 });
    expect((await bookingRows(t, admin.tenantId)).map((r) => r.userId)).toEqual([null, alice.userId]);
  });
});
