import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { BetterSqlite3QueryRunner } from 'typeorm/driver/better-sqlite3/BetterSqlite3QueryRunner.js';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { AuditService } from '../../apps/api/src/audit/audit.service.js';
import { OffThreadTransaction } from '../../apps/api/src/database/off-thread-transaction.js';
import { TransactionRunner } from '../../apps/api/src/database/transaction-runner.js';
import { DAY_MS, bookingRows, importTenant, pastRow } from './support/anonymization.js';
import { as, expectError, signupTenant, type Member } from './support/factories.js';
import type { Place } from './support/places.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { e2eDatabase } from './support/test-database.js';

/** A promise and the function that settles it, for holding a step until the test lets it go. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

/** Runs `step` in every write worker's transaction just before its COMMIT. */
function beforeEachCommit(step: (transaction: OffThreadTransaction) => Promise<void>): void {
  const begin = OffThreadTransaction.begin.bind(OffThreadTransaction);
  vi.spyOn(OffThreadTransaction, 'begin').mockImplementation(async (data) => {
    const transaction = await begin(data);
    const commit = transaction.commit.bind(transaction);
    vi.spyOn(transaction, 'commit').mockImplementation(async () => {
      await step(transaction);
      return commit();
    });
    return transaction;
  });
}

// SQLite only: on MySQL/MariaDB every transaction has a pooled connection of its own and nothing stalls.
describe.skipIf(e2eDatabase() !== 'sqlite')('SQLite bulk writes off the event loop', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  afterEach(() => vi.restoreAllMocks());

  const tenant = () => importTenant(t);

  const importRows = (admin: Member, place: Place, alice: Member) =>
    as(t.http, admin)
      .post('/api/admin/bookings/import')
      .send([pastRow(place.deskIds[0], alice.email, 3 * DAY_MS), pastRow(place.deskIds[1], alice.email, 2 * DAY_MS)]);

  it('runs the import’s writes and COMMIT on a worker: health answers and nobody sees the rows while its COMMIT is held', async () => {
    const { admin, alice, place } = await tenant();
    // Every statement the app's own connection runs meanwhile (the worker's connection is another one).
    const onAppConnection = vi.spyOn(BetterSqlite3QueryRunner.prototype, 'query');
    let untilCommit: string[] = [];
    const held = gate();
    const reached = gate();
    beforeEachCommit(async () => {
      untilCommit = onAppConnection.mock.calls.map(([sql]) => sql);
      reached.open();
      await held.opened;
    });
    const importing = importRows(admin, place, alice).then((res) => res);
    await reached.opened;

    // The event loop is free while the transaction is open, and what it wrote is not committed yet.
    await as(t.http, admin).get('/api/health').expect(200);
    expect(await bookingRows(t, admin.tenantId)).toEqual([]);
    held.open();
    expect((await importing).body).toEqual({ imported: 2, anonymizationQueued: true });
    // The app's connection, outside any transaction, sees the rows at once.
    expect(await bookingRows(t, admin.tenantId)).toHaveLength(2);
    // It read what it checked there, and wrote nothing there.
    expect(untilCommit.some((sql) => /FROM "bookings"/.test(sql))).toBe(true);
    expect(untilCommit.filter((sql) => /^\s*(INSERT INTO|UPDATE) "(bookings|users|audit_events)"/.test(sql))).toEqual([]);
  });

  it('fails the import cleanly when the worker dies, and the next import gets a new one', async () => {
    const { admin, alice, place } = await tenant();
    beforeEachCommit(async (transaction) => {
      await (transaction as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate();
    });
    expectError(await importRows(admin, place, alice), 500, 'INTERNAL_ERROR');
    vi.restoreAllMocks();
    expect(await bookingRows(t, admin.tenantId)).toEqual([]);
    // The dead worker's connection took its transaction (and the write lock) with it.
    await importRows(admin, place, alice).expect(200);
    expect(await bookingRows(t, admin.tenantId)).toHaveLength(2);
  });

  it('starts again when another connection writes between its checks and its writes', async () => {
    const { admin, alice, place } = await tenant();
    const file = t.app.get(DataSource).options.database as string;
    const otherEventId = randomUUID();
    const begin = OffThreadTransaction.begin.bind(OffThreadTransaction);
    const begun = vi.spyOn(OffThreadTransaction, 'begin').mockImplementation(async (data) => {
      const transaction = await begin(data);
      if (begun.mock.calls.length === 1) {
        // Another process on the same file, after the worker's snapshot and before its first write.
        const other = new Database(file, { timeout: 5_000 });
        other
          .prepare(`INSERT INTO audit_events (id, tenantId, actorUserId, action, at) VALUES (?, ?, NULL, 'test.other-writer', ?)`)
          .run(otherEventId, admin.tenantId, new Date().toISOString().replace('T', ' ').replace('Z', ''));
        other.close();
      }
      return transaction;
    });
    await importRows(admin, place, alice).expect(200, { imported: 2, anonymizationQueued: true });
    // At least once more: test files running in parallel write to the same file, and may make it start again too.
    expect(begun.mock.calls.length).toBeGreaterThanOrEqual(2);
    expect(await bookingRows(t, admin.tenantId)).toHaveLength(2);
    const audit = (await as(t.http, admin).get('/api/admin/audit-log').expect(200)).body as { action: string }[];
    expect(audit.map((e) => e.action).filter((a) => a === 'bookings.imported' || a === 'test.other-writer')).toHaveLength(2);
  });

  it('refuses a read on the write side, where it could not see the writes, and commits none of them', async () => {
    const admin = await signupTenant(t.http);
    const audit = t.app.get(AuditService);
    const bulk = t.app.get(TransactionRunner).runBulk(async (_read, write) => {
      await audit.record(write, { tenantId: admin.tenantId, actorUserId: null, action: 'settings.changed', details: { probe: 'bulk' } });
      await write.query('SELECT count(*) FROM bookings');
    });
    await expect(bulk).rejects.toThrow(/Only statements that write/);
    const events = (await as(t.http, admin).get('/api/admin/audit-log').expect(200)).body as { details: unknown }[];
    expect(events.map((e) => e.details)).not.toContainEqual({ probe: 'bulk' });
  });
});
