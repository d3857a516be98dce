import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY_MS, bookingRows, pastRow, setRetention, sweepStatus } from './support/anonymization.js';
import { as, expectError, signupTenant, type Member } from './support/factories.js';
import { startOwnRedis, type OwnRedis } from './support/own-redis.js';
import { createPlace } from './support/places.js';
import { startIsolatedTestApp, usesRedis, type TestApp } from './support/test-app.js';

async function waitFor<T>(what: string, check: () => Promise<T | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await check();
    if (result !== false) return result;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Redis of its own, stopped and started again empty (no persistence), under an app with a database of
 * its own: the scheduled sweep runs every second here and would otherwise reach other files' tenants.
 */
describe.runIf(usesRedis())('when Redis goes away and comes back empty', () => {
  let redis: OwnRedis & { close: () => Promise<void> };
  let t: TestApp;
  let admin: Member;
  beforeAll(async () => {
    redis = await startOwnRedis();
    t = await startIsolatedTestApp(null, { REDIS_URL: redis.url, ANONYMIZE_EVERY: '1s' });
    admin = await signupTenant(t.http);
  });
  afterAll(async () => {
    await t?.close();
    await redis?.close();
  });

  const lastScheduledRun = async () => (await sweepStatus(t, admin)).lastRunAt;
  const queueIs = async (queue: string) => ((await request(t.http).get('/api/health')).body as { queue: string }).queue === queue;

  it('keeps answering health: degraded while Redis is down, ready all along', async () => {
    await redis.stop();
    try {
      const health = await waitFor('queue reported down', async () => {
        const res = await request(t.http).get('/api/health');
        return res.body.queue === 'down' && res;
      });
      expect(health.status).toBe(200);
      expect(health.body).toEqual({ status: 'degraded', db: 'up', queue: 'down' });
      expect((await request(t.http).get('/api/health/ready').expect(200)).body).toMatchObject({ db: 'up', queue: 'down' });
      await request(t.http).get('/api/health/live').expect(200);
    } finally {
      await redis.start();
    }
    await waitFor('queue reported up again', () => queueIs('up'));
  });

  it('answers "run now" with 503 SERVICE_UNAVAILABLE while Redis is down and leaves no run open', async () => {
    await redis.stop();
    try {
      await waitFor('queue reported down', () => queueIs('down'));
      const res = await as(t.http, admin).post('/api/admin/anonymization/run');
      expectError(res, 503, 'SERVICE_UNAVAILABLE');
      expect((await sweepStatus(t, admin)).running).toBe(false);
    } finally {
      await redis.start();
    }
    await waitFor('queue reported up again', () => queueIs('up'));
  });

  it('imports the rows while Redis is down and says their anonymization run was not queued, never a 500 after the commit', async () => {
    const place = await createPlace(t.http, admin, 1);
    await setRetention(t, admin, 'anonymize', 3650);
    const rows = [pastRow(place.deskIds[0], admin.email, 30 * DAY_MS)];
    await redis.stop();
    try {
      await waitFor('queue reported down', () => queueIs('down'));
      const res = await as(t.http, admin).post('/api/admin/bookings/import').send(rows);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body).toEqual({ imported: 1, anonymizationQueued: false });
      expect(await bookingRows(t, admin.tenantId)).toHaveLength(1);
      expect((await sweepStatus(t, admin)).running).toBe(false);
    } finally {
      await redis.start();
    }
  });

  it('re-creates the job schedulers when Redis comes back empty: the next scheduled sweep runs', async () => {
    await waitFor('a scheduled sweep', lastScheduledRun);
    await redis.stop();
    await redis.start();
    const restartedAt = Date.now();
    await waitFor('a scheduled sweep after the restart', async () => {
      const last = await lastScheduledRun();
      return last !== null && Date.parse(last) > restartedAt;
    });
  });
});
