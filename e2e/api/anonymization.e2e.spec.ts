import { randomUUID } from 'node:crypto';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnonymizationService } from '../../apps/api/src/anonymization/anonymization.service.js';
import { AnonymizationRun } from '../../apps/api/src/anonymization/entities/anonymization-run.entity.js';
import { QUEUE_NAME } from '../../apps/api/src/jobs/job-runner.js';
import {
  DAY_MS,
  bookingRow,
  bookingRows,
  everyTableRow,
  importPast,
  moveIntoPast,
  pastRow,
  runSweep,
  setRetention,
  settled,
  sweepStatus,
} from './support/anonymization.js';
import { addMember, as, signupTenant, type Member } from './support/factories.js';
import { createPlace, utcAt, type Place } from './support/places.js';
import { startIsolatedTestApp, startTestApp, usesRedis, type TestApp } from './support/test-app.js';

const MINUTE = 60_000;

describe('anonymization periods', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function tenantWithPeople(app = t): Promise<{ admin: Member; alice: Member; bob: Member; place: Place }> {
    const admin = await signupTenant(app.http);
    const alice = await addMember(app.http, admin, 'employee', 'Alice Example');
    const bob = await addMember(app.http, admin, 'employee', 'Bob Example');
    const place = await createPlace(app.http, admin, 3);
    return { admin, alice, bob, place };
  }

  it('anonymizes exactly the bookings whose end plus the period has passed, cancelled ones too, keeping the times', async () => {
    const { admin, alice, bob, place } = await tenantWithPeople();
    const [justDue, justNotDue, cancelled] = await importPast(
      t,
      admin,
      [
        {
          ...pastRow(place.deskIds[0], alice.email, 30 * DAY_MS + MINUTE),
          checkedInAt: new Date(Date.now() - 30 * DAY_MS - 90 * MINUTE).toISOString(),
        },
        pastRow(place.deskIds[1], bob.email, 30 * DAY_MS - MINUTE, 1),
        pastRow(place.deskIds[2], alice.email, 40 * DAY_MS),
      ],
      { mode: 'anonymize', afterDays: 30 },
    );
    await as(t.http, admin).delete(`/api/bookings/${cancelled}`).expect(204);
    const before = (await bookingRow(t, justDue))!;
    expect(before.userId).toBe(alice.userId);
    expect((await sweepStatus(t, admin)).due).toBe(2);

    const status = await runSweep(t, admin);

    expect(status).toMatchObject({ lastRunProcessed: 2, due: 0, running: false });
    expect(Date.parse(status.lastRunAt!)).toBeGreaterThan(Date.now() - MINUTE);
    const due = (await bookingRow(t, justDue))!;
    expect(due).toMatchObject({
      userId: null,
      visibleToColleagues: null,
      startsAt: before.startsAt,
      endsAt: before.endsAt,
      checkedInAt: before.checkedInAt,
      deskId: before.deskId,
      tenantId: admin.tenantId,
    });
    expect(due.anonymizedAt).toBeInstanceOf(Date);
    // createdAt keeps the day only (lead-time analytics), not the moment.
    expect(due.createdAt.toISOString()).toBe(`${before.createdAt.toISOString().slice(0, 10)}T00:00:00.000Z`);
    const gone = (await bookingRow(t, cancelled))!;
    expect(gone).toMatchObject({ userId: null, cancelReason: 'admin' });
    expect(gone.cancelledAt).toBeInstanceOf(Date);
    expect((await bookingRow(t, justNotDue))!).toMatchObject({ userId: bob.userId, anonymizedAt: null });

    // Nobody – not the former booker, not an admin – can tell whose it was.
    for (const viewer of [alice, admin]) {
      const view = await as(t.http, viewer).get(`/api/bookings/${justDue}`).expect(200);
      expect(view.body).toMatchObject({ mine: false, bookedBy: null });
      expect(JSON.stringify(view.body)).not.toContain(alice.userId);
    }
    const mine = async (who: Member) =>
      (
        (
          await as(t.http, who)
            .get(`/api/bookings/mine?from=${new Date(Date.now() - 50 * DAY_MS).toISOString()}&to=${new Date().toISOString()}`)
            .expect(200)
        ).body as { id: string }[]
      ).map((b) => b.id);
    expect(await mine(alice)).toEqual([]);
    expect(await mine(bob)).toEqual([justNotDue]);
  });

  it('deletes due bookings in delete mode, with the audit events about them', async () => {
    const { admin, alice, place } = await tenantWithPeople();
    const facility = await addMember(t.http, admin, 'facility_manager', 'Fiona Facility');
    const [due, notDue] = await importPast(
      t,
      admin,
      [pastRow(place.deskIds[0], alice.email, 8 * DAY_MS), pastRow(place.deskIds[1], alice.email, 6 * DAY_MS)],
      { mode: 'delete', afterDays: 7 },
    );
    await as(t.http, facility).delete(`/api/bookings/${due}`).expect(204);
    const audit = t.app.get(DataSource).getRepository('audit_events');
    expect(await audit.countBy({ targetId: due })).toBe(1);

    expect(await runSweep(t, admin)).toMatchObject({ lastRunProcessed: 1, due: 0 });

    expect(await bookingRow(t, due)).toBeNull();
    expect(await audit.countBy({ targetId: due })).toBe(0);
    await as(t.http, admin).get(`/api/bookings/${due}`).expect(404);
    expect((await bookingRow(t, notDue))!.userId).toBe(alice.userId);
  });

  it('applies a shortened period at the next sweep, and a lengthened one restores nothing', async () => {
    const { admin, alice, place } = await tenantWithPeople();
    const [booking] = await importPast(t, admin, [pastRow(place.deskIds[0], alice.email, 20 * DAY_MS)], {
      mode: 'anonymize',
      afterDays: 30,
    });
    expect(await runSweep(t, admin)).toMatchObject({ lastRunProcessed: 0, due: 0 });
    expect((await bookingRow(t, booking))!.userId).toBe(alice.userId);

    await setRetention(t, admin, 'anonymize', 10);
    // Not before the sweep: the setting says what is due, the sweep does it.
    expect((await sweepStatus(t, admin)).due).toBe(1);
    expect((await bookingRow(t, booking))!.userId).toBe(alice.userId);
    expect(await runSweep(t, admin)).toMatchObject({ lastRunProcessed: 1, due: 0 });
    expect((await bookingRow(t, booking))!.userId).toBeNull();

    await setRetention(t, admin, 'anonymize', 365);
    await runSweep(t, admin);
    expect((await bookingRow(t, booking))!).toMatchObject({ userId: null, visibleToColleagues: null });
    const view = await as(t.http, alice).get(`/api/bookings/${booking}`).expect(200);
    expect(view.body).toMatchObject({ mine: false, bookedBy: null });
  });

  it('keeps tenants apart: each is swept by its own period, and one tenant’s run touches no other', async () => {
    // The scheduled sweep covers every tenant in the database: on the shared one it would sweep the
    // tenants of test files running in parallel, so this test has a database of its own.
    const own = await startIsolatedTestApp(t);
    try {
      const a = await tenantWithPeople(own);
      const b = await tenantWithPeople(own);
      const [ofA] = await importPast(own, a.admin, [pastRow(a.place.deskIds[0], a.alice.email, 10 * DAY_MS)], {
        mode: 'anonymize',
        afterDays: 1,
      });
      const [ofB] = await importPast(own, b.admin, [pastRow(b.place.deskIds[0], b.alice.email, 10 * DAY_MS)], {
        mode: 'anonymize',
        afterDays: 1,
      });
      const [keptByB] = await importPast(own, b.admin, [pastRow(b.place.deskIds[1], b.bob.email, 10 * DAY_MS)], {
        mode: 'anonymize',
        afterDays: 1,
      });

      // A's run: B's due bookings stay as they are.
      expect(await runSweep(own, a.admin)).toMatchObject({ lastRunProcessed: 1 });
      expect((await bookingRow(own, ofA))!.userId).toBeNull();
      expect((await bookingRow(own, ofB))!.userId).toBe(b.alice.userId);
      expect(await sweepStatus(own, b.admin)).toMatchObject({ due: 2, lastRunProcessed: 0 });

      // The scheduled sweep covers every tenant, each with its own period.
      await setRetention(own, b.admin, 'anonymize', 30);
      await own.app.get(AnonymizationService).sweepAllTenants();
      expect((await bookingRow(own, ofB))!.userId).toBe(b.alice.userId);
      expect((await bookingRow(own, keptByB))!.userId).toBe(b.bob.userId);
      await setRetention(own, b.admin, 'anonymize', 5);
      await own.app.get(AnonymizationService).sweepAllTenants();
      expect((await bookingRow(own, ofB))!.userId).toBeNull();
      expect((await bookingRow(own, keptByB))!.userId).toBeNull();
    } finally {
      await own.close();
    }
  });

  it('is idempotent: a second sweep changes nothing', async () => {
    const { admin, alice, bob, place } = await tenantWithPeople();
    await importPast(t, admin, [pastRow(place.deskIds[0], alice.email, 3 * DAY_MS), pastRow(place.deskIds[1], bob.email, 3 * DAY_MS)], {
      mode: 'anonymize',
      afterDays: 0,
    });
    expect(await runSweep(t, admin)).toMatchObject({ lastRunProcessed: 2 });
    const once = await bookingRows(t, admin.tenantId);
    expect(once.every((b) => b.userId === null && b.anonymizedAt !== null)).toBe(true);

    // The run's own count, whatever else runs meanwhile.
    expect(await t.app.get(AnonymizationService).sweepTenant(admin.tenantId, null)).toBe(0);
    expect(await runSweep(t, admin)).toMatchObject({ due: 0 });
    expect(await bookingRows(t, admin.tenantId)).toEqual(once);
  });

  it('sweeps for a queued run whose log entry is gone (its request gave up waiting for the queue)', async () => {
    const { admin, alice, place } = await tenantWithPeople();
    await importPast(t, admin, [pastRow(place.deskIds[0], alice.email, 3 * DAY_MS)], { mode: 'anonymize', afterDays: 0 });

    expect(await t.app.get(AnonymizationService).sweepTenant(admin.tenantId, randomUUID())).toBe(1);

    expect((await bookingRows(t, admin.tenantId)).map((b) => b.userId)).toEqual([null]);
    expect(await sweepStatus(t, admin)).toMatchObject({ due: 0, running: false, lastRunProcessed: 1 });
  });

  it.each(['anonymize', 'delete'] as const)('%s: several workers in small chunks take every due booking exactly once', async (mode) => {
    const { admin, alice, bob, place } = await tenantWithPeople();
    const rows = [0, 1, 2, 3, 4, 5, 6].map((i) => pastRow(place.deskIds[i % 3], i % 2 ? alice.email : bob.email, (3 + i) * DAY_MS));
    const [notDue] = await importPast(t, admin, [pastRow(place.deskIds[0], alice.email, 0.5 * DAY_MS), ...rows], { mode, afterDays: 2 });
    const chunks: number[] = [];

    const processed = await t.app.get(AnonymizationService).sweepTenant(admin.tenantId, null, {
      chunkSize: 2,
      parallelChunks: 3,
      afterChunk: (soFar) => void chunks.push(soFar),
    });

    expect(processed).toBe(7);
    expect(chunks).toHaveLength(4);
    const left = await bookingRows(t, admin.tenantId);
    if (mode === 'delete') expect(left.map((b) => b.id)).toEqual([notDue]);
    else expect(left.filter((b) => b.userId !== null).map((b) => b.id)).toEqual([notDue]);
    expect(await sweepStatus(t, admin)).toMatchObject({ due: 0, running: false, lastRunProcessed: 7 });
  });

  it('resumes after a crash half-way: whole chunks done, nothing half-done, the next run completes', async () => {
    const { admin, alice, bob, place } = await tenantWithPeople();
    const rows = [0, 1, 2, 3, 4].map((i) => pastRow(place.deskIds[i % 3], i % 2 ? alice.email : bob.email, (5 + i) * DAY_MS));
    await importPast(t, admin, rows, { mode: 'anonymize', afterDays: 1 });
    const sweep = t.app.get(AnonymizationService);

    await expect(
      sweep.sweepTenant(admin.tenantId, null, {
        chunkSize: 2,
        parallelChunks: 1,
        afterChunk: () => {
          throw new Error('the process was killed');
        },
      }),
    ).rejects.toThrow('killed');

    const afterCrash = await bookingRows(t, admin.tenantId);
    const done = afterCrash.filter((b) => b.anonymizedAt !== null);
    expect(done).toHaveLength(2);
    for (const b of afterCrash) {
      const whole =
        b.anonymizedAt !== null ? b.userId === null && b.visibleToColleagues === null : b.userId !== null && b.visibleToColleagues !== null;
      expect(whole, `booking ${b.id} is half-anonymized`).toBe(true);
    }
    // The killed run never finished; the next one does the rest and closes it.
    expect(await sweepStatus(t, admin)).toMatchObject({ running: true, due: 3 });
    expect(await runSweep(t, admin)).toMatchObject({ lastRunProcessed: 3, due: 0, running: false });
    expect((await bookingRows(t, admin.tenantId)).every((b) => b.userId === null && b.anonymizedAt !== null)).toBe(true);
  });

  it('leaves no link from an anonymized booking to any person: not in any table, not in Redis', async () => {
    const { admin, alice, bob, place } = await tenantWithPeople();
    const facility = await addMember(t.http, admin, 'facility_manager', 'Fiona Facility');
    await as(t.http, admin)
      .patch('/api/tenant/settings')
      .send({ privacy: { bookingVisibility: 'user_choice' } })
      .expect(200);
    // Bookings made the normal way (one with a telling Idempotency-Key, one cancelled by staff, one
    // checked in), then time passes.
    const made: string[] = [];
    const book = async (who: Member, desk: number, day: number, key?: string) => {
      const req = as(t.http, who).post('/api/bookings');
      if (key) void req.set('Idempotency-Key', key);
      const res = await req
        .send({ deskId: place.deskIds[desk], startsAt: utcAt(day, 9), endsAt: utcAt(day, 11), visibleToColleagues: true })
        .expect(201);
      made.push((res.body as { id: string }).id);
      return (res.body as { id: string }).id;
    };
    await book(alice, 0, 1, `alice-example-${alice.userId}`);
    const cancelledByStaff = await book(bob, 1, 1);
    await as(t.http, facility).delete(`/api/bookings/${cancelledByStaff}`).expect(204);
    await book(alice, 2, 2);
    await book(bob, 0, 3);
    for (const [i, id] of made.entries()) await moveIntoPast(t, id, (i + 1) * DAY_MS);
    await setRetention(t, admin, 'anonymize', 0);

    expect(await runSweep(t, admin)).toMatchObject({ lastRunProcessed: made.length, due: 0 });

    const people = [admin, alice, bob, facility];
    const identifiers = people.flatMap((p) => [p.userId, p.email]).concat(['Alice Example', 'Bob Example', 'Fiona Facility', 'Ada Admin']);
    const rows = await everyTableRow(t);
    for (const bookingId of made) {
      const mentioning = rows.filter((r) => r.text.includes(bookingId));
      expect(mentioning.map((r) => r.table)).toEqual(['bookings']);
      for (const row of mentioning) {
        for (const id of identifiers) expect(row.text, `${row.table} links ${bookingId} to ${id}`).not.toContain(id);
      }
    }
    if (usesRedis()) {
      const redis = new Redis(process.env.E2E_REDIS!);
      const keys = await redis.keys(`${t.config.queuePrefix}:*`);
      expect(keys.length).toBeGreaterThan(0);
      for (const key of keys) {
        const type = await redis.type(key);
        const dump =
          type === 'string'
            ? await redis.get(key)
            : type === 'hash'
              ? JSON.stringify(await redis.hgetall(key))
              : type === 'list'
                ? JSON.stringify(await redis.lrange(key, 0, -1))
                : type === 'set'
                  ? JSON.stringify(await redis.smembers(key))
                  : type === 'zset'
                    ? JSON.stringify(await redis.zrange(key, 0, -1))
                    : type === 'stream'
                      ? JSON.stringify(await redis.xrange(key, '-', '+'))
                      : '';
        for (const id of [...made, ...identifiers]) expect(dump ?? '', `Redis key ${key} holds ${id}`).not.toContain(id);
      }
      redis.disconnect();
    }
  });

  it('reports the status: due now, running while queued, the last run and its count', async () => {
    const { admin, alice, place } = await tenantWithPeople();
    expect(await sweepStatus(t, admin)).toEqual({ lastRunAt: null, lastRunProcessed: null, due: 0, running: false });
    await importPast(t, admin, [pastRow(place.deskIds[0], alice.email, 2 * DAY_MS), pastRow(place.deskIds[1], alice.email, 3 * DAY_MS)], {
      mode: 'anonymize',
      afterDays: 1,
    });
    expect((await sweepStatus(t, admin)).due).toBe(2);
    const res = await as(t.http, admin).post('/api/admin/anonymization/run').expect(202);
    expect(res.body).toEqual({ runId: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown });
    expect(await settled(t, admin)).toMatchObject({ lastRunProcessed: 2, due: 0, running: false });
  });

  it('while a run goes, reports what was due at its last count less what the run processed since, and counts again after it', async () => {
    const { admin, alice, place } = await tenantWithPeople();
    const rows = [2, 3, 4].map((days, i) => pastRow(place.deskIds[i], alice.email, days * DAY_MS));
    await importPast(t, admin, rows, { mode: 'anonymize', afterDays: 1 });
    // A run another instance is working on: only its row is visible here.
    const runs = t.app.get(DataSource).getRepository(AnonymizationRun);
    const run = await runs.save({
      id: randomUUID(),
      tenantId: admin.tenantId,
      source: 'manual',
      requestedAt: new Date(),
      finishedAt: null,
      processed: 0,
    });
    expect(await sweepStatus(t, admin)).toMatchObject({ due: 3, running: true });
    // Nothing was anonymized: a count would still say 3.
    await runs.update({ id: run.id }, { processed: 2 });
    expect(await sweepStatus(t, admin)).toMatchObject({ due: 1, running: true });
    await runs.update({ id: run.id }, { finishedAt: new Date() });
    expect(await sweepStatus(t, admin)).toMatchObject({ due: 3, running: false });
  });

  describe.runIf(usesRedis())('on Redis', () => {
    it('schedules the sweep once under a stable id and removes finished sweep jobs', async () => {
      const queue = t.app.get<Queue>(getQueueToken(QUEUE_NAME));
      const schedulers = await queue.getJobSchedulers();
      expect(schedulers.filter((s) => s.key === 'anonymization.sweep' || s.id === 'anonymization.sweep')).toHaveLength(1);
      const admin = await signupTenant(t.http);
      await runSweep(t, admin);
      const counts = await queue.getJobCounts('completed', 'failed');
      expect(counts).toEqual({ completed: 0, failed: 0 });
    });
  });
});
