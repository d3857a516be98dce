import { DataSource } from 'typeorm';
import { expect } from 'vitest';
import { addMember, as, signupTenant, type Member } from './factories.js';
import { createPlace, type Place } from './places.js';
import type { TestApp } from './test-app.js';

export const DAY_MS = 86_400_000;

export interface SweepStatus {
  lastRunAt: string | null;
  lastRunProcessed: number | null;
  due: number;
  running: boolean;
}

export async function setRetention(t: TestApp, admin: Member, mode: 'anonymize' | 'delete', afterDays: number): Promise<void> {
  await as(t.http, admin)
    .patch('/api/tenant/settings')
    .send({ privacy: { retention: { mode, afterDays } } })
    .expect(200);
}

export async function sweepStatus(t: TestApp, admin: Member): Promise<SweepStatus> {
  return (await as(t.http, admin).get('/api/admin/anonymization/status').expect(200)).body as SweepStatus;
}

/** Waits until no run of the admin's tenant is queued or running. */
export async function settled(t: TestApp, admin: Member, timeoutMs = 30_000): Promise<SweepStatus> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = await sweepStatus(t, admin);
    if (!status.running) return status;
    if (Date.now() > deadline) throw new Error(`the anonymization run did not finish: ${JSON.stringify(status)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** "Run now", as an admin does it, and the status once the run finished. */
export async function runSweep(t: TestApp, admin: Member): Promise<SweepStatus> {
  const res = await as(t.http, admin).post('/api/admin/anonymization/run').expect(202);
  expect((res.body as { runId: string }).runId).toMatch(/^[0-9a-f-]{36}$/);
  return settled(t, admin);
}

export interface ImportRowInput {
  deskId?: string;
  floorName?: string;
  deskLabel?: string;
  userEmail?: string;
  startsAt: string;
  endsAt: string;
  checkedInAt?: string;
}

/** A booking of `hours` hours that ended `endedAgoMs` before now. */
export function pastRow(deskId: string, userEmail: string | undefined, endedAgoMs: number, hours = 2): ImportRowInput {
  const endsAt = new Date(Date.now() - endedAgoMs);
  return { deskId, userEmail, startsAt: new Date(endsAt.getTime() - hours * 3_600_000).toISOString(), endsAt: endsAt.toISOString() };
}

/** A tenant to import into: its admin, Alice, a floor of 3 desks, and a period long enough that rows stay as imported. */
export async function importTenant(t: TestApp): Promise<{ admin: Member; alice: Member; place: Place }> {
  const admin = await signupTenant(t.http);
  const alice = await addMember(t.http, admin, 'employee', 'Alice Example');
  const place = await createPlace(t.http, admin, 3);
  await setRetention(t, admin, 'anonymize', 3650);
  return { admin, alice, place };
}

/**
 * Imports rows with the tenant's period set far out, so the sweep every import queues leaves them
 * alone, then restores the period the test wants. Returns the new bookings' ids in row order.
 */
export async function importPast(
  t: TestApp,
  admin: Member,
  rows: ImportRowInput[],
  retention: { mode: 'anonymize' | 'delete'; afterDays: number },
): Promise<string[]> {
  await setRetention(t, admin, 'anonymize', 3650);
  const before = new Set((await bookingRows(t, admin.tenantId)).map((b) => b.id));
  const res = await as(t.http, admin).post('/api/admin/bookings/import').send(rows);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  expect(res.body).toEqual({ imported: rows.length, anonymizationQueued: true });
  await settled(t, admin);
  await setRetention(t, admin, retention.mode, retention.afterDays);
  const added = (await bookingRows(t, admin.tenantId)).filter((b) => !before.has(b.id));
  // Row order: imports keep each row's times, which the tests choose distinct.
  return rows.map((r) => {
    const match = added.find((b) => b.startsAt.toISOString() === new Date(r.startsAt).toISOString() && b.deskId === r.deskId);
    if (!match) throw new Error(`imported row not found: ${JSON.stringify(r)}`);
    return match.id;
  });
}

export interface BookingRow {
  id: string;
  tenantId: string;
  deskId: string;
  userId: string | null;
  startsAt: Date;
  endsAt: Date;
  visibleToColleagues: boolean | null;
  checkedInAt: Date | null;
  cancelledAt: Date | null;
  cancelReason: string | null;
  anonymizedAt: Date | null;
  createdAt: Date;
}

export function bookingRows(t: TestApp, tenantId: string): Promise<BookingRow[]> {
  return t.app
    .get(DataSource)
    .getRepository<BookingRow>('bookings')
    .find({ where: { tenantId }, order: { startsAt: 'ASC' } });
}

export async function bookingRow(t: TestApp, id: string): Promise<BookingRow | null> {
  return t.app.get(DataSource).getRepository<BookingRow>('bookings').findOneBy({ id });
}

/** Time passes: moves a booking made through the API into the past, `endedAgoMs` before now. */
export async function moveIntoPast(t: TestApp, id: string, endedAgoMs: number): Promise<void> {
  const endsAt = new Date(Date.now() - endedAgoMs);
  await t.app
    .get(DataSource)
    .getRepository('bookings')
    .update({ id }, { startsAt: new Date(endsAt.getTime() - 3_600_000), endsAt });
}

/** Every row of every table, as JSON text (binary columns left out). */
export async function everyTableRow(t: TestApp): Promise<{ table: string; text: string }[]> {
  const ds = t.app.get(DataSource);
  const tables =
    ds.options.type === 'better-sqlite3'
      ? (await ds.query<{ name: string }[]>("SELECT name FROM sqlite_master WHERE type = 'table'")).map((r) => r.name)
      : (
          await ds.query<{ name: string }[]>('SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE()')
        ).map((r) => r.name);
  const out: { table: string; text: string }[] = [];
  for (const table of tables) {
    const rows = await ds.query<Record<string, unknown>[]>(`SELECT * FROM ${ds.driver.escape(table)}`);
    for (const row of rows)
      out.push({
        table,
        text: JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) || (v as { type?: string })?.type === 'Buffer' ? '<binary>' : v)),
      });
  }
  return out;
}
