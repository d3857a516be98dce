import { statSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DAY_MS, pastRow, setRetention } from './support/anonymization.js';
import { as, signupTenant } from './support/factories.js';
import { createPlace } from './support/places.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { e2eDatabase } from './support/test-database.js';

interface SqliteConnection {
  pragma(sql: string, options: { simple: true }): unknown;
}

// SQLite only: copying the write-ahead log into the database file (a checkpoint) is SQLite's own work.
describe.skipIf(e2eDatabase() !== 'sqlite')('SQLite checkpoints off the event loop', () => {
  let t: TestApp;
  let databaseFile: string;
  beforeAll(async () => {
    t = await startTestApp();
    databaseFile = t.app.get(DataSource).options.database as string;
  });
  afterAll(() => t.close());

  it('never checkpoints on the app’s own connection: a worker copies the log into the file after writes', async () => {
    const connection = (t.app.get(DataSource).driver as unknown as { databaseConnection: SqliteConnection }).databaseConnection;
    expect(connection.pragma('wal_autocheckpoint', { simple: true })).toBe(0);

    const admin = await signupTenant(t.http);
    await setRetention(t, admin, 'anonymize', 3650);
    const desks = await createPlace(t.http, admin, 10);
    const before = statSync(databaseFile).size;
    // About 1 MB of log: less than SQLite's own threshold (1,000 pages), so only the worker copies it.
    const rows = Array.from({ length: 3_000 }, (_, i) => pastRow(desks.deskIds[i % 10], undefined, (Math.floor(i / 10) + 1) * DAY_MS));
    await as(t.http, admin).post('/api/admin/bookings/import').send(rows).expect(200);
    await vi.waitFor(() => expect(statSync(databaseFile).size).toBeGreaterThan(before + 300_000), { timeout: 10_000, interval: 100 });
  });
});
