import type request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../apps/api/src/common/pdf/pdf-text.js';
import { addMember, as, expectError, signupTenant, type Member } from './support/factories.js';
import { createPlace, type Place } from './support/places.js';
import { DeskQrTokens1765000300000 } from '../../migrations/1765000300000-DeskQrTokens.js';
import { startIsolatedTestApp, startTestApp, type TestApp } from './support/test-app.js';

/** Reads any answer as bytes (supertest parses only JSON and text by itself). */
function bytes(res: request.Response, callback: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}

interface Scan {
  desk: {
    id: string;
    label: string;
    zone: string | null;
    floorId: string;
    floorName: string;
    locationId: string;
    locationName: string;
    timezone: string;
  };
  booking: { id: string; startsAt: string; endsAt: string; checkedInAt: string | null; mine: boolean } | null;
  status: 'mine' | 'free' | 'booked' | 'unavailable';
  freeFrom: string | null;
  freeUntil: string | null;
}

const SLOT_MS = 30 * 60_000;
/** The start of the running 30-minute slot (the test locations are in UTC). */
const slotStart = (now = Date.now()) => new Date(now - (now % SLOT_MS));

describe('desk QR codes and walk-up booking', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_URL: 'https://desks.example.com' });
  });
  afterAll(() => t.close());

  /** The desks' tokens as stored (only the printed sheet carries them; tests read them from the table). */
  async function tokens(deskIds: readonly string[]): Promise<Map<string, string>> {
    const rows = await t.app.get(DataSource).getRepository<{ deskId: string; token: string }>('DeskQrToken').find();
    return new Map(rows.filter((r) => deskIds.includes(r.deskId)).map((r) => [r.deskId, r.token]));
  }

  const sheet = (member: Member, floorId: string, query = '') =>
    as(t.http, member).get(`/api/floors/${floorId}/qr-sheet.pdf${query}`).buffer(true).parse(bytes);

  /** The same request read as JSON, for the refusals. */
  const sheetError = (member: Member, floorId: string, query = '') => as(t.http, member).get(`/api/floors/${floorId}/qr-sheet.pdf${query}`);

  const scan = async (member: Member, token: string): Promise<Scan> =>
    (await as(t.http, member).get(`/api/desks/by-token/${token}`).expect(200)).body as Scan;

  async function tenant(): Promise<{ admin: Member; manager: Member; employee: Member; place: Place }> {
    const admin = await signupTenant(t.http);
    const manager = await addMember(t.http, admin, 'facility_manager', 'Fiona Facility');
    const employee = await addMember(t.http, admin, 'employee', 'Erik Employee');
    const place = await createPlace(t.http, manager, 3);
    return { admin, manager, employee, place };
  }

  it('gives staff a PDF sheet of the floor’s desks; employees 403, another tenant 404', async () => {
    const { admin, manager, employee, place } = await tenant();
    // A label that sorts after D2 by number, before it by text.
    await as(t.http, manager).post(`/api/floors/${place.floorId}/desks`).send({ label: 'D10', x: 5, y: 5 }).expect(201);
    for (const [member, query] of [
      [manager, '?lang=en'],
      [admin, '?lang=de'],
    ] as const) {
      const res = await sheet(member, place.floorId, query).expect(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="deskbook-qr-ground-floor-(en|de)\.pdf"$/);
      expect(res.headers['cache-control']).toBe('no-store');
      const body = res.body as Buffer;
      expect(body.subarray(0, 5).toString()).toBe('%PDF-');
      const text = pdfText(body);
      const labels = text.split('\n').filter((line) => /^D\d+$/.test(line));
      expect(labels).toEqual(['D1', 'D2', 'D3', 'D10']);
      expect(text).toContain(query === '?lang=en' ? 'Desk QR codes: Ground floor, HQ' : 'QR-Codes der Arbeitsplätze: Ground floor, HQ');
      expect(text).toContain('Ground floor · HQ');
    }
    expectError(await sheetError(employee, place.floorId), 403, 'FORBIDDEN');
    const other = await signupTenant(t.http);
    expectError(await sheetError(other, place.floorId), 404, 'NOT_FOUND');
    expectError(await as(t.http, other).post(`/api/floors/${place.floorId}/qr-tokens`), 404, 'NOT_FOUND');
    expectError(await as(t.http, employee).post(`/api/floors/${place.floorId}/qr-tokens`), 403, 'FORBIDDEN');
    expectError(await sheetError(manager, place.floorId, '?lang=fr'), 400, 'VALIDATION_FAILED');
  });

  it('writes the sheet in the caller’s language by default', async () => {
    const { manager, place } = await tenant();
    await as(t.http, manager).patch('/api/me').send({ locale: 'de' }).expect(200);
    const text = pdfText((await sheet(manager, place.floorId).expect(200)).body as Buffer);
    expect(text).toContain('QR-Codes der Arbeitsplätze');
  });

  it('gives every desk, new ones too, an opaque token of at least 128 bits that names no id', async () => {
    const { admin, manager, employee, place } = await tenant();
    const extra = (await as(t.http, manager).post(`/api/floors/${place.floorId}/desks`).send({ label: 'New', x: 1, y: 1 }).expect(201))
      .body as {
      id: string;
    };
    const deskIds = [...place.deskIds, extra.id];
    const byDesk = await tokens(deskIds);
    expect([...byDesk.keys()].sort()).toEqual([...deskIds].sort());
    const ids = [...deskIds, place.floorId, place.locationId, admin.tenantId, admin.userId, manager.userId, employee.userId];
    for (const token of byDesk.values()) {
      expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(Buffer.from(token, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
      for (const id of ids) {
        expect(token).not.toContain(id);
        expect(token).not.toContain(id.replace(/-/g, '').slice(0, 12));
      }
    }
    expect(new Set(byDesk.values()).size).toBe(deskIds.length);
    // The new desk's token works at once.
    expect((await scan(employee, byDesk.get(extra.id)!)).desk).toMatchObject({ id: extra.id, label: 'New' });
  });

  it('answers a scan with the desk, where it is, and what can be booked now; other tenants’ and unknown codes are the same 404', async () => {
    const { employee, place } = await tenant();
    const token = (await tokens(place.deskIds)).get(place.deskIds[0])!;
    const answer = await scan(employee, token);
    expect(answer.desk).toEqual({
      id: place.deskIds[0],
      label: 'D1',
      zone: 'North',
      bookable: true,
      floorId: place.floorId,
      floorName: 'Ground floor',
      locationId: place.locationId,
      locationName: 'HQ',
      timezone: 'UTC',
    });
    expect(answer).toMatchObject({ booking: null, status: 'free' });
    expect(answer.freeFrom).toBe(slotStart().toISOString());
    const other = await signupTenant(t.http);
    const foreign = expectError(await as(t.http, other).get(`/api/desks/by-token/${token}`), 404, 'NOT_FOUND');
    const unknown = expectError(await as(t.http, other).get(`/api/desks/by-token/${'A'.repeat(24)}`), 404, 'NOT_FOUND');
    const malformed = expectError(await as(t.http, other).get('/api/desks/by-token/not%20a%20token'), 404, 'NOT_FOUND');
    expect(foreign.message).toBe(unknown.message);
    expect(malformed.message).toBe(unknown.message);
  });

  it('books walk-up from the running slot until freeUntil, then checks in', async () => {
    const { admin, manager, employee, place } = await tenant();
    const desk = place.deskIds[1];
    const token = (await tokens(place.deskIds)).get(desk)!;
    // Someone else holds the desk two slots from now (unless that is already tomorrow).
    const from = slotStart();
    const laterStart = new Date(from.getTime() + 2 * SLOT_MS);
    const endOfDay = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate() + 1));
    if (laterStart < endOfDay) {
      await as(t.http, manager)
        .post('/api/bookings')
        .send({ deskId: desk, startsAt: laterStart.toISOString(), endsAt: new Date(laterStart.getTime() + SLOT_MS).toISOString() })
        .expect(201);
    }
    const offer = await scan(employee, token);
    expect(offer.status).toBe('free');
    expect(offer.freeFrom).toBe(from.toISOString());
    expect(offer.freeUntil).toBe(new Date(Math.min(laterStart.getTime(), endOfDay.getTime())).toISOString());
    expect(JSON.stringify(offer)).not.toContain('Fiona');

    const booked = await as(t.http, employee)
      .post('/api/bookings')
      .send({ deskId: desk, startsAt: offer.freeFrom, endsAt: offer.freeUntil })
      .expect(201);
    const bookingId = (booked.body as { id: string }).id;
    const mine = await scan(employee, token);
    expect(mine).toMatchObject({
      status: 'mine',
      freeFrom: null,
      freeUntil: null,
      booking: { id: bookingId, mine: true, checkedInAt: null },
    });

    const checkedIn = await as(t.http, employee).post(`/api/bookings/${bookingId}/check-in`).expect(200);
    expect((checkedIn.body as { checkedInAt: string | null }).checkedInAt).not.toBeNull();
    expect((await scan(employee, token)).booking?.checkedInAt).not.toBeNull();

    // For anyone else the desk is taken now, and nothing says by whom.
    const seen = await scan(admin, token);
    expect(seen).toEqual({ desk: mine.desk, booking: null, status: 'booked', freeFrom: null, freeUntil: null });
    expect(JSON.stringify(seen)).not.toContain('Erik');
  });

  it('says a desk that cannot be booked is unavailable', async () => {
    const { manager, employee, place } = await tenant();
    await as(t.http, manager).patch(`/api/desks/${place.deskIds[2]}`).send({ bookable: false }).expect(200);
    const token = (await tokens(place.deskIds)).get(place.deskIds[2])!;
    expect(await scan(employee, token)).toMatchObject({ status: 'unavailable', booking: null, freeUntil: null });
  });

  it('replaces every code of the floor: old ones answer 404, new ones work, and the audit log says so with ids only', async () => {
    const { admin, manager, employee, place } = await tenant();
    const before = await tokens(place.deskIds);
    const res = await as(t.http, manager).post(`/api/floors/${place.floorId}/qr-tokens`).expect(200);
    expect(res.body).toEqual({ rotated: 3 });
    const after = await tokens(place.deskIds);
    for (const deskId of place.deskIds) {
      expect(after.get(deskId)).not.toBe(before.get(deskId));
      expectError(await as(t.http, employee).get(`/api/desks/by-token/${before.get(deskId)}`), 404, 'NOT_FOUND');
      expect((await scan(employee, after.get(deskId)!)).desk.id).toBe(deskId);
    }
    const log = await as(t.http, admin).get('/api/admin/audit-log').expect(200);
    const events = log.body as { action: string; targetType: string; targetId: string; details: unknown }[];
    expect(events.filter((e) => e.action === 'floor.qr_codes_replaced')).toEqual([
      expect.objectContaining({ targetType: 'floor', targetId: place.floorId, details: { rotated: 3 } }),
    ]);
    for (const token of [...before.values(), ...after.values()]) expect(log.text).not.toContain(token);
  });

  it('keeps the scan behind the consent gate', async () => {
    const admin = await signupTenant(t.http, undefined, { consentRequired: true });
    const employee = await addMember(t.http, admin, 'employee');
    const place = await createPlace(t.http, admin, 1);
    const token = (await tokens(place.deskIds)).get(place.deskIds[0])!;
    expectError(await as(t.http, employee).get(`/api/desks/by-token/${token}`), 403, 'CONSENT_REQUIRED');
  });
});

/** Desks that existed before the migration get their tokens from it; undone and redone on a database of its own. */
describe('migration 1765000300000: tokens for existing desks', () => {
  let first: TestApp;
  let t: TestApp;
  beforeAll(async () => {
    first = await startTestApp();
    t = await startIsolatedTestApp(first);
  });
  afterAll(async () => {
    await t.close();
    await first.close();
  });

  it('gives every existing desk its own random token in its tenant', async () => {
    const a = await signupTenant(t.http);
    const b = await signupTenant(t.http);
    const placeA = await createPlace(t.http, a, 2);
    const placeB = await createPlace(t.http, b, 1);
    const db = t.app.get(DataSource);
    const runner = db.createQueryRunner();
    try {
      const migration = new DeskQrTokens1765000300000();
      await migration.down(runner);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const rows = await db.query<{ deskId: string; tenantId: string; token: string }[]>(
      'SELECT deskId, tenantId, token FROM desk_qr_tokens',
    );
    const expected = [...placeA.deskIds.map((id) => [id, a.tenantId]), ...placeB.deskIds.map((id) => [id, b.tenantId])];
    for (const [deskId, tenantId] of expected) {
      const row = rows.find((r) => r.deskId === deskId);
      expect(row?.tenantId).toBe(tenantId);
      expect(row?.token).toMatch(/^[A-Za-z0-9_-]{24}$/);
    }
    expect(new Set(rows.map((r) => r.token)).size).toBe(rows.length);
    const employee = await addMember(t.http, a, 'employee');
    const token = rows.find((r) => r.deskId === placeA.deskIds[0])!.token;
    const scanned = (await as(t.http, employee).get(`/api/desks/by-token/${token}`).expect(200)).body as Scan;
    expect(scanned.desk.id).toBe(placeA.deskIds[0]);
  });
});
