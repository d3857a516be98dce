import { randomUUID } from 'node:crypto';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BullMqJobRunner } from '../../apps/api/src/jobs/bullmq.job-runner.js';
import { JOB_RUNNER, QUEUE_NAME, type JobRunner } from '../../apps/api/src/jobs/job-runner.js';
import { as, signupTenant } from './support/factories.js';
import { startSecondInstance, startTestApp, usesRedis, type TestApp } from './support/test-app.js';

async function waitFor(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('condition not met in time');
}

describe(`jobs (${usesRedis() ? 'BullMQ on Redis' : 'in-process'})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('runs the session purge on demand: expired and revoked sessions go, live ones stay', async () => {
    const admin = await signupTenant(t.http);
    const sessions = t.app.get(DataSource).getRepository('sessions');
    const base = { tenantId: admin.tenantId, userId: admin.userId, createdAt: new Date(), userAgent: null };
    const expiredId = randomUUID();
    const revokedId = randomUUID();
    await sessions.insert({ ...base, id: expiredId, lastUsedAt: new Date(), expiresAt: new Date(Date.now() - 1000), revokedAt: null });
    await sessions.insert({
      ...base,
      id: revokedId,
      lastUsedAt: new Date(),
      expiresAt: new Date(Date.now() + 3_600_000),
      revokedAt: new Date(),
    });

    await t.app.get<JobRunner>(JOB_RUNNER).trigger('sessions.purge-expired');

    await waitFor(async () => (await sessions.countBy({ id: expiredId })) === 0 && (await sessions.countBy({ id: revokedId })) === 0);
    await as(t.http, admin).get('/api/me').expect(200);
  });

  describe.runIf(usesRedis())('on Redis', () => {
    it('keeps exactly one scheduler per recurring job, however many instances start', async () => {
      const second = await startSecondInstance(t);
      try {
        const queue = t.app.get<Queue>(getQueueToken(QUEUE_NAME));
        const schedulers = await queue.getJobSchedulers();
        expect(schedulers.filter((s) => s.key === 'sessions.purge-expired' || s.id === 'sessions.purge-expired')).toHaveLength(1);
      } finally {
        await second.close();
      }
    });

    it('runs a new recurring job first one period after it is scheduled, not at once (as in-process)', async () => {
      // A queue of its own and no worker: a job due at once would sit there waiting.
      const redis = new URL(process.env.E2E_REDIS!);
      const queue = new Queue(QUEUE_NAME, {
        connection: { host: redis.hostname, port: Number(redis.port || 6379) },
        prefix: `e2e-first-run-${randomUUID()}`,
      });
      try {
        const scheduledAt = Date.now();
        await new BullMqJobRunner(queue, pino({ level: 'silent' })).schedule('anonymization.sweep', 3_600_000);
        await waitFor(async () => (await queue.getJobSchedulers()).length === 1);
        const [scheduler] = await queue.getJobSchedulers();
        expect(scheduler.next).toBeGreaterThanOrEqual(scheduledAt + 3_600_000);
        expect(await queue.getJobCounts('waiting', 'active', 'delayed')).toEqual({ waiting: 0, active: 0, delayed: 1 });
      } finally {
        await queue.obliterate({ force: true });
        await queue.close();
      }
    });

    it('removes finished jobs and their payloads from Redis', async () => {
      const queue = t.app.get<Queue>(getQueueToken(QUEUE_NAME));
      await t.app.get<JobRunner>(JOB_RUNNER).trigger('sessions.purge-expired');
      await waitFor(async () => {
        const counts = await queue.getJobCounts('waiting', 'active', 'completed', 'failed', 'delayed');
        return counts.waiting === 0 && counts.active === 0 && counts.completed === 0 && counts.failed === 0;
      });
    });
  });
});
