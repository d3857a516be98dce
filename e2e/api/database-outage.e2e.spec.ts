import { Writable } from 'node:stream';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, expectError, signupTenant, type Member } from './support/factories.js';
import { startOwnMariaDb, type OwnMariaDb } from './support/own-mariadb.js';
import { ALWAYS_OPEN } from './support/places.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { migrateTestDatabase } from './support/test-database.js';

/** Every answer during the outage must come this fast: a person waiting a minute has given up. */
const FAIL_FAST_MS = 5_000;

// Stops and starts a MariaDB of its own, so only in the MariaDB run (which has mariadbd installed).
describe.runIf(process.env.E2E_DB === 'mariadb')('a database outage', () => {
  const logLines: { level: number; msg?: string; code?: string; err?: { code?: string } }[] = [];
  let db: OwnMariaDb;
  let t: TestApp;
  let admin: Member;

  beforeAll(async () => {
    db = await startOwnMariaDb();
    await migrateTestDatabase(db.url);
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) logLines.push(JSON.parse(line) as (typeof logLines)[number]);
        done();
      },
    });
    // No Redis: the run's queue would hand this app other test files' jobs, to run on this database.
    t = await startTestApp({ DATABASE_URL: db.url, REDIS_URL: '' }, { logger: pino({ level: 'error' }, sink) });
    admin = await signupTenant(t.http);
    await db.stop();
  });
  afterAll(async () => {
    await t?.close();
    await db?.destroy();
  });

  async function timed(send: () => request.Test): Promise<request.Response> {
    const started = Date.now();
    const res = await send();
    expect(Date.now() - started).toBeLessThan(FAIL_FAST_MS);
    return res;
  }

  function expectServiceUnavailable(res: request.Response): void {
    expectError(res, 503, 'SERVICE_UNAVAILABLE');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  }

  it('answers authenticated reads and writes with 503 SERVICE_UNAVAILABLE and Retry-After, never 401', async () => {
    expectServiceUnavailable(await timed(() => as(t.http, admin).get('/api/me')));
    expectServiceUnavailable(
      await timed(() =>
        as(t.http, admin).post('/api/locations').send({ name: 'HQ', address: 'Main St 1', timezone: 'UTC', openingHours: ALWAYS_OPEN }),
      ),
    );
  });

  it('answers a login with 503, never 500', async () => {
    const res = await timed(() => request(t.http).post('/api/auth/login').send({ email: admin.email, password: admin.password }));
    expectServiceUnavailable(res);
  });

  it('logs the outage at error level', () => {
    const outage = logLines.filter((line) => line.code === 'SERVICE_UNAVAILABLE');
    expect(outage.length).toBeGreaterThan(0);
    // Error level (pino's 50), with the driver's cause for the operator.
    for (const line of outage) {
      expect(line.level).toBe(50);
      expect(line.msg).toMatch(/database/);
      expect(line.err?.code).toBe('ECONNREFUSED');
    }
  });

  it('keeps the session: once the database is back, the same token works again', async () => {
    await db.start();
    const res = await as(t.http, admin).get('/api/me').expect(200);
    expect((res.body as { email: string }).email).toBe(admin.email);
  });
});
