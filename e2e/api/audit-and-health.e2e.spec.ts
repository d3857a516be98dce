import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import request from 'supertest';
import { QUEUE_NAME } from '../../apps/api/src/jobs/job-runner.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, as, expectError, signupTenant } from './support/factories.js';
import { startTestApp, usesRedis, type TestApp } from './support/test-app.js';

describe('audit log', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('records invitations, acceptance, role changes and renames, newest first; erasure leaves only that it happened', async () => {
    const admin = await signupTenant(t.http);
    const member = await addMember(t.http, admin, 'employee');
    await as(t.http, admin).patch(`/api/users/${member.userId}`).send({ role: 'facility_manager' }).expect(200);
    await as(t.http, admin).patch(`/api/users/${member.userId}`).send({ displayName: 'Renamed' }).expect(200);
    type Event = {
      action: string;
      actorUserId: string | null;
      actorDisplayName: string | null;
      targetId: string | null;
      details: Record<string, unknown> | null;
      at: string;
    };
    const log = (await as(t.http, admin).get('/api/admin/audit-log').expect(200)).body as Event[];
    expect(log.map((e) => e.action)).toEqual(['user.renamed', 'user.role_changed', 'user.invite_accepted', 'user.invited']);
    expect(log.every((e) => e.targetId === member.userId)).toBe(true);
    expect(log.find((e) => e.action === 'user.role_changed')).toMatchObject({
      actorUserId: admin.userId,
      actorDisplayName: 'Ada Admin',
      details: { from: 'employee', to: 'facility_manager' },
    });
    // No names or e-mails in the event details.
    expect(JSON.stringify(log.map((e) => e.details))).not.toMatch(/@|Renamed|Max Member/);

    // Erasure removes the events about the person; the log keeps who erased someone, not whom.
    await as(t.http, admin).delete(`/api/users/${member.userId}`).expect(204);
    const after = (await as(t.http, admin).get('/api/admin/audit-log').expect(200)).body as Event[];
    expect(after.map((e) => e.action)).toEqual(['user.erased']);
    expect(after[0]).toMatchObject({ actorUserId: admin.userId, targetId: null, details: { self: false, role: 'facility_manager' } });
    expect(JSON.stringify(after)).not.toContain(member.userId);
  });

  it('filters by time range and rejects a bad range', async () => {
    const admin = await signupTenant(t.http);
    await addMember(t.http, admin, 'employee');
    const future = new Date(Date.now() + 3_600_000).toISOString();
    const all = (await as(t.http, admin).get('/api/admin/audit-log').expect(200)).body as unknown[];
    expect(all.length).toBeGreaterThan(0);
    expect(
      (await as(t.http, admin).get('/api/admin/audit-log?from=2020-01-01T00:00:00Z&to=2020-12-31T00:00:00Z').expect(200)).body,
    ).toEqual([]);
    expectError(await as(t.http, admin).get('/api/admin/audit-log?from=yesterday'), 400, 'VALIDATION_FAILED');
    expectError(await as(t.http, admin).get(`/api/admin/audit-log?from=${future}&to=2020-01-01T00:00:00Z`), 400, 'VALIDATION_FAILED');
    expectError(await as(t.http, admin).get('/api/admin/audit-log?limit=5'), 400, 'VALIDATION_FAILED');
  });
});

describe('health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const up = { status: 'ok', db: 'up', queue: usesRedis() ? 'up' : 'in-process' };

  it('reports the database and the queue', async () => {
    const res = await request(t.http).get('/api/health').expect(200);
    expect(res.body).toEqual(up);
  });

  it('answers live while the process serves and ready while the database answers (what a load balancer checks)', async () => {
    expect((await request(t.http).get('/api/health/live').expect(200)).body).toEqual({ status: 'ok' });
    expect((await request(t.http).get('/api/health/ready').expect(200)).body).toEqual(up);
  });
});

describe.runIf(usesRedis())('health when Redis goes away', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers degraded with queue down instead of hanging, and stays ready: booking does not need Redis', async () => {
    await request(t.http).get('/api/health').expect(200);
    const queue = t.app.get<Queue>(getQueueToken(QUEUE_NAME));
    (await queue.getBackend().client).disconnect();
    const res = await request(t.http).get('/api/health').expect(200);
    expect(res.body).toEqual({ status: 'degraded', db: 'up', queue: 'down' });
    await request(t.http).get('/api/health/ready').expect(200);
  });
});
