import { randomUUID } from 'node:crypto';
import ICAL from 'ical.js';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BookingsHousekeeping } from '../../apps/api/src/bookings/bookings.housekeeping.js';
import { HOUSEKEEPING_JOB } from '../../apps/api/src/bookings/bookings.jobs.js';
import { BOOKING_SETTLE_MS } from '../../apps/api/src/bookings/floor-availability.cache.js';
import { JOB_RUNNER, type JobRunner } from '../../apps/api/src/jobs/job-runner.js';
import { User } from '../../apps/api/src/users/entities/user.entity.js';
import { addMember, as, expectError, signupTenant, type Member } from './support/factories.js';
import { bookingRow, importPast, pastRow, runSweep, setRetention } from './support/anonymization.js';
import { createPlace, utcAt } from './support/places.js';
import { startSecondInstance, startTestApp, type TestApp } from './support/test-app.js';

const book = (t: TestApp, member: Member, deskId: string, startsAt = utcAt(1, 9), endsAt = utcAt(1, 10), extra: object = {}) =>
  as(t.http, member)
    .post('/api/bookings')
    .send({ deskId, startsAt, endsAt, ...extra });

describe('booking', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('books a free desk: 201 with the booking, the desk turns "mine" for me and "booked" for others', async () => {
    const admin = await signupTenant(t.http);
    const colleague = await addMember(t.http, admin, 'employee');
    const place = await createPlace(t.http, admin, 2);
    const res = await book(t, admin, place.deskIds[0]).expect(201);
    expect(res.body).toMatchObject({
      deskId: place.deskIds[0],
      deskLabel: 'D1',
      floorId: place.floorId,
      startsAt: utcAt(1, 9),
      endsAt: utcAt(1, 10),
      mine: true,
      bookedBy: { displayName: 'Ada Admin' },
      checkedInAt: null,
      cancelledAt: null,
    });
    const range = `from=${utcAt(1, 0)}&to=${utcAt(2, 0)}`;
    const mine = (await as(t.http, admin).get(`/api/floors/${place.floorId}/availability?${range}`).expect(200)).body as {
      label: string;
      status: string;
    }[];
    expect(mine.map((d) => [d.label, d.status])).toEqual([
      ['D1', 'mine'],
      ['D2', 'free'],
    ]);
    const theirs = (await as(t.http, colleague).get(`/api/floors/${place.floorId}/availability?${range}`).expect(200)).body as {
      status: string;
    }[];
    expect(theirs.map((d) => d.status)).toEqual(['booked', 'free']);
    const other = (await as(t.http, colleague).get(`/api/floors/${place.floorId}/availability?from=${utcAt(1, 10)}&to=${utcAt(1, 12)}`))
      .body as { status: string }[];
    expect(other[0].status).toBe('free');
  });

  it('marks desks that are not bookable as unavailable and refuses to book them', async () => {
    const admin = await signupTenant(t.http);
    const place = await createPlace(t.http, admin, 1);
    await as(t.http, admin).patch(`/api/desks/${place.deskIds[0]}`).send({ bookable: false }).expect(200);
    const avail = (await as(t.http, admin).get(`/api/floors/${place.floorId}/availability?from=${utcAt(1, 0)}&to=${utcAt(2, 0)}`)).body as {
      status: string;
    }[];
    expect(avail[0].status).toBe('unavailable');
    expect(expectError(await book(t, admin, place.deskIds[0]), 422, 'BOOKING_RULE_VIOLATED').details).toEqual({
      rule: 'DESK_NOT_BOOKABLE',
    });
  });

  it('answers 404 to a booking of another tenant’s desk, and writes nothing', async () => {
    const owner = await signupTenant(t.http);
    const place = await createPlace(t.http, owner, 1);
    const stranger = await signupTenant(t.http);
    expectError(await book(t, stranger, place.deskIds[0]), 404, 'NOT_FOUND');
    expect(await t.app.get(DataSource).getRepository('bookings').countBy({ deskId: place.deskIds[0] })).toBe(0);
    const avail = (await as(t.http, owner).get(`/api/floors/${place.floorId}/availability?from=${utcAt(1, 0)}&to=${utcAt(2, 0)}`)).body as {
      status: string;
    }[];
    expect(avail[0].status).toBe('free');
  });

  it('answers 409 DESK_TAKEN for an overlapping booking of the desk, and accepts back-to-back ones', async () => {
    const admin = await signupTenant(t.http);
    const colleague = await addMember(t.http, admin, 'employee');
    const place = await createPlace(t.http, admin, 1);
    await book(t, admin, place.deskIds[0], utcAt(1, 9), utcAt(1, 11)).expect(201);
    expectError(await book(t, colleague, place.deskIds[0], utcAt(1, 10), utcAt(1, 12)), 409, 'DESK_TAKEN');
    expectError(await book(t, colleague, place.deskIds[0], utcAt(1, 8), utcAt(1, 9, 30)), 409, 'DESK_TAKEN');
    await book(t, colleague, place.deskIds[0], utcAt(1, 11), utcAt(1, 12)).expect(201);
  });

  it('answers 409 USER_OVERLAP when the person already has a booking then', async () => {
    const admin = await signupTenant(t.http);
    const place = await createPlace(t.http, admin, 2);
    await book(t, admin, place.deskIds[0]).expect(201);
    expectError(await book(t, admin, place.deskIds[1]), 409, 'USER_OVERLAP');
  });

  it('frees the desk when the booking is cancelled', async () => {
    const admin = await signupTenant(t.http);
    const colleague = await addMember(t.http, admin, 'employee');
    const place = await createPlace(t.http, admin, 1);
    const id = ((await book(t, admin, place.deskIds[0]).expect(201)).body as { id: string }).id;
    await as(t.http, admin).delete(`/api/bookings/${id}`).expect(204);
    expect((await as(t.http, admin).get(`/api/bookings/${id}`)).body).toMatchObject({
      cancelledAt: expect.any(String),
      cancelReason: 'user',
    });
    await book(t, colleague, place.deskIds[0]).expect(201);
  });

  it('lets employees cancel only their own bookings; facility managers and admins any', async () => {
    const admin = await signupTenant(t.http);
    const anna = await addMember(t.http, admin, 'employee');
    const ben = await addMember(t.http, admin, 'employee');
    const manager = await addMember(t.http, admin, 'facility_manager');
    const place = await createPlace(t.http, admin, 2);
    const id = ((await book(t, anna, place.deskIds[0]).expect(201)).body as { id: string }).id;
    expectError(await as(t.http, ben).delete(`/api/bookings/${id}`), 403, 'FORBIDDEN');
    await as(t.http, manager).delete(`/api/bookings/${id}`).expect(204);
    expect((await as(t.http, anna).get(`/api/bookings/${id}`)).body).toMatchObject({ cancelReason: 'admin' });
  });

  describe('rules from /tenant/settings and the location', () => {
    it.each([
      ['IN_THE_PAST', utcAt(-1, 9), utcAt(-1, 10)],
      ['TOO_FAR_AHEAD', utcAt(15, 9), utcAt(15, 10)],
      ['TOO_LONG', utcAt(1, 6), utcAt(1, 17)],
      ['SLOT_BOUNDARY', utcAt(1, 9, 10), utcAt(1, 10)],
    ])('refuses %s with 422 BOOKING_RULE_VIOLATED naming the rule', async (rule, startsAt, endsAt) => {
      const admin = await signupTenant(t.http);
      const place = await createPlace(t.http, admin, 1);
      expect(expectError(await book(t, admin, place.deskIds[0], startsAt, endsAt), 422, 'BOOKING_RULE_VIOLATED').details).toEqual({ rule });
    });

    it('follows changed settings (slot length, days ahead) and the opening hours', async () => {
      const admin = await signupTenant(t.http);
      const place = await createPlace(t.http, admin, 1);
      await as(t.http, admin)
        .patch('/api/tenant/settings')
        .send({ booking: { slotMinutes: 10, maxDaysAhead: 30 } })
        .expect(200);
      await book(t, admin, place.deskIds[0], utcAt(20, 9, 10), utcAt(20, 9, 40)).expect(201);
      await as(t.http, admin)
        .patch(`/api/locations/${place.locationId}`)
        .send({ openingHours: { [weekday(utcAt(2, 0))]: null } })
        .expect(200);
      expect(expectError(await book(t, admin, place.deskIds[0], utcAt(2, 9), utcAt(2, 10)), 422, 'BOOKING_RULE_VIOLATED').details).toEqual({
        rule: 'OUTSIDE_OPENING_HOURS',
      });
    });

    it('validates the request: times, order, unknown fields', async () => {
      const admin = await signupTenant(t.http);
      const place = await createPlace(t.http, admin, 1);
      expectError(await book(t, admin, place.deskIds[0], 'tomorrow', utcAt(1, 10)), 400, 'VALIDATION_FAILED');
      expectError(await book(t, admin, place.deskIds[0], utcAt(1, 10), utcAt(1, 9)), 400, 'VALIDATION_FAILED');
      expectError(await book(t, admin, place.deskIds[0], utcAt(1, 9), utcAt(1, 10), { userId: admin.userId }), 400, 'VALIDATION_FAILED');
      expectError(await book(t, admin, randomUUID()), 404, 'NOT_FOUND');
      expectError(
        await as(t.http, admin).get(`/api/floors/${place.floorId}/availability?from=${utcAt(2, 0)}&to=${utcAt(1, 0)}`),
        400,
        'VALIDATION_FAILED',
      );
    });
  });

  it('returns the first booking for a retried Idempotency-Key, and creates only one row', async () => {
    const admin = await signupTenant(t.http);
    const place = await createPlace(t.http, admin, 1);
    const key = randomUUID();
    const send = () => book(t, admin, place.deskIds[0]).set('Idempotency-Key', key);
    const first = await send().expect(201);
    const again = await send().expect(201);
    expect((again.body as { id: string }).id).toBe((first.body as { id: string }).id);
    const parallel = await Promise.all(
      [1, 2, 3].map(() => book(t, admin, place.deskIds[0], utcAt(2, 9), utcAt(2, 10)).set('Idempotency-Key', `${key}-2`)),
    );
    expect(new Set(parallel.map((r) => (r.body as { id: string }).id)).size).toBe(1);
    expect(parallel.map((r) => r.status)).toEqual([201, 201, 201]);
    const db = t.app.get(DataSource);
    expect(await db.query<unknown[]>('SELECT id FROM bookings WHERE userId = ?', [admin.userId])).toHaveLength(2);

    // Keys are kept for 24 hours: an older one no longer answers, and bookings' housekeeping job purges it.
    // One key is aged at a time: another spec file's housekeeping (same database, run in parallel)
    // purges aged keys too, so the assertions are about what is left, not who removed it.
    const keys = () =>
      db.query<{ idempotencyKey: string }[]>('SELECT idempotencyKey FROM booking_idempotency_keys WHERE userId = ?', [admin.userId]);
    const age = (idempotencyKey: string) =>
      db
        .getRepository('booking_idempotency_keys')
        .update({ userId: admin.userId, idempotencyKey }, { createdAt: new Date(Date.now() - 24 * 3_600_000 - 1000) });
    await age(key);
    const sendLater = () => book(t, admin, place.deskIds[0], utcAt(3, 9), utcAt(3, 10)).set('Idempotency-Key', key);
    const later = await sendLater().expect(201);
    expect((later.body as { id: string }).id).not.toBe((first.body as { id: string }).id);
    expect((await keys()).map((k) => k.idempotencyKey).sort()).toEqual([key, `${key}-2`]);
    await age(`${key}-2`);
    await t.app.get(BookingsHousekeeping).purgeExpiredIdempotencyKeys();
    expect((await keys()).map((k) => k.idempotencyKey)).toEqual([key]);
    const stillAnswered = await sendLater().expect(201);
    expect((stillAnswered.body as { id: string }).id).toBe((later.body as { id: string }).id);
  });

  it('clears the booking stamps that serve nothing any more, and keeps the recent ones', async () => {
    const admin = await signupTenant(t.http);
    const alice = await addMember(t.http, admin, 'employee', 'Alice Example');
    const bob = await addMember(t.http, admin, 'employee', 'Bob Example');
    const place = await createPlace(t.http, admin, 3);
    for (const [i, who] of [alice, bob].entries()) {
      await as(t.http, who)
        .post('/api/bookings')
        .send({ deskId: place.deskIds[i], startsAt: utcAt(1, 9), endsAt: utcAt(1, 10) })
        .expect(201);
    }
    const users = t.app.get(DataSource).getRepository(User);
    await users.update({ id: alice.userId }, { bookingAddedAt: new Date(Date.now() - BOOKING_SETTLE_MS - 60_000) });
    await t.app.get<JobRunner>(JOB_RUNNER).trigger(HOUSEKEEPING_JOB);
    const stamp = async (who: Member) => (await users.findOneByOrFail({ id: who.userId })).bookingAddedAt;
    for (let i = 0; i < 100 && (await stamp(alice)); i++) await new Promise((r) => setTimeout(r, 100));
    expect(await users.findOneByOrFail({ id: alice.userId })).toMatchObject({ bookingAddedAt: null });
    expect(await stamp(bob)).toBeInstanceOf(Date);
  });

  it('refuses an Idempotency-Key reused for a different booking: 422 IDEMPOTENCY_KEY_REUSED, nothing booked', async () => {
    const admin = await signupTenant(t.http);
    const place = await createPlace(t.http, admin, 2);
    const key = randomUUID();
    const first = await book(t, admin, place.deskIds[0], utcAt(1, 11), utcAt(1, 12)).set('Idempotency-Key', key).expect(201);
    const reused = await book(t, admin, place.deskIds[1], utcAt(2, 12), utcAt(2, 13)).set('Idempotency-Key', key);
    expect(expectError(reused, 422, 'IDEMPOTENCY_KEY_REUSED').message).toMatch(/different request/);
    // Another time on the same desk, or another visibility, is a different request too.
    expectError(
      await book(t, admin, place.deskIds[0], utcAt(1, 11), utcAt(1, 13)).set('Idempotency-Key', key),
      422,
      'IDEMPOTENCY_KEY_REUSED',
    );
    expectError(
      await book(t, admin, place.deskIds[0], utcAt(1, 11), utcAt(1, 12), { visibleToColleagues: false }).set('Idempotency-Key', key),
      422,
      'IDEMPOTENCY_KEY_REUSED',
    );
    // The same request, even with the same instants written in another offset, is a retry.
    const inBerlinWinter = (iso: string) => new Date(Date.parse(iso) + 3_600_000).toISOString().replace('Z', '+01:00');
    const retried = await book(t, admin, place.deskIds[0], inBerlinWinter(utcAt(1, 11)), inBerlinWinter(utcAt(1, 12)))
      .set('Idempotency-Key', key)
      .expect(201);
    expect((retried.body as { id: string }).id).toBe((first.body as { id: string }).id);
    const ids = await t.app.get(DataSource).query<unknown[]>('SELECT id FROM bookings WHERE userId = ?', [admin.userId]);
    expect(ids).toHaveLength(1);
    // The key belongs to the person: a colleague may use the same text for their own booking.
    const colleague = await addMember(t.http, admin, 'employee');
    await book(t, colleague, place.deskIds[1], utcAt(2, 12), utcAt(2, 13)).set('Idempotency-Key', key).expect(201);
  });

  describe('integrity under concurrency', () => {
    it('20 parallel requests from 20 people for one desk: exactly one 201, the rest 409 DESK_TAKEN', async () => {
      const admin = await signupTenant(t.http);
      const place = await createPlace(t.http, admin, 1);
      const people = await Promise.all(Array.from({ length: 20 }, (_, i) => addMember(t.http, admin, 'employee', `Person ${i}`)));
      const results = await Promise.all(people.map((p) => book(t, p, place.deskIds[0])));
      expect(results.filter((r) => r.status === 201)).toHaveLength(1);
      expect(results.filter((r) => r.status === 409 && (r.body as { code: string }).code === 'DESK_TAKEN')).toHaveLength(19);
    });

    it('one person, 4 desks in parallel: exactly one 201, the rest 409 USER_OVERLAP', async () => {
      const admin = await signupTenant(t.http);
      const place = await createPlace(t.http, admin, 4);
      const results = await Promise.all(place.deskIds.map((deskId) => book(t, admin, deskId)));
      expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
      expect(results.filter((r) => (r.body as { code?: string }).code === 'USER_OVERLAP')).toHaveLength(3);
    });

    it('holds with two API instances on one database', async () => {
      const second = await startSecondInstance(t);
      try {
        const admin = await signupTenant(t.http);
        const place = await createPlace(t.http, admin, 1);
        const people = await Promise.all(Array.from({ length: 10 }, () => addMember(t.http, admin, 'employee')));
        const results = await Promise.all(
          people.map((p, i) =>
            as(i % 2 ? second.http : t.http, p)
              .post('/api/bookings')
              .send({ deskId: place.deskIds[0], startsAt: utcAt(1, 9), endsAt: utcAt(1, 10) }),
          ),
        );
        expect(results.filter((r) => r.status === 201)).toHaveLength(1);
        expect(results.filter((r) => r.status === 409)).toHaveLength(9);
      } finally {
        await second.close();
      }
    });
  });

  describe('visibility', () => {
    async function scene(visibility: 'everyone' | 'anonymous' | 'user_choice', visibleToColleagues?: boolean) {
      const admin = await signupTenant(t.http);
      await as(t.http, admin)
        .patch('/api/tenant/settings')
        .send({ privacy: { bookingVisibility: visibility } })
        .expect(200);
      const booker = await addMember(t.http, admin, 'employee', 'Zelda Zimmermann');
      const colleague = await addMember(t.http, admin, 'employee');
      const manager = await addMember(t.http, admin, 'facility_manager');
      const place = await createPlace(t.http, admin, 1);
      const id = (
        (
          await book(
            t,
            booker,
            place.deskIds[0],
            utcAt(1, 9),
            utcAt(1, 10),
            visibleToColleagues === undefined ? {} : { visibleToColleagues },
          ).expect(201)
        ).body as { id: string }
      ).id;
      const availability = (viewer: Member) =>
        as(t.http, viewer)
          .get(`/api/floors/${place.floorId}/availability?from=${utcAt(1, 0)}&to=${utcAt(2, 0)}`)
          .expect(200);
      return { admin, booker, colleague, manager, id, availability };
    }

    const leaks = (raw: string, booker: Member) => ['Zelda', 'Zimmermann', booker.userId, booker.email].filter((s) => raw.includes(s));

    it('everyone: every member sees the booker’s name', async () => {
      const s = await scene('everyone');
      for (const viewer of [s.colleague, s.manager, s.admin]) {
        const body = (await s.availability(viewer)).body as { bookings: { bookedBy: unknown; mine: boolean }[] }[];
        expect(body[0].bookings[0]).toMatchObject({ mine: false, bookedBy: { displayName: 'Zelda Zimmermann' } });
        expect((await as(t.http, viewer).get(`/api/bookings/${s.id}`)).body).toMatchObject({
          bookedBy: { displayName: 'Zelda Zimmermann' },
        });
      }
    });

    it('anonymous: nobody but the booker learns who booked — not colleagues, managers or admins, anywhere in the body', async () => {
      const s = await scene('anonymous', true);
      for (const viewer of [s.colleague, s.manager, s.admin]) {
        const avail = await s.availability(viewer);
        expect((avail.body as { status: string; bookings: { bookedBy: unknown }[] }[])[0]).toMatchObject({
          status: 'booked',
          bookings: [{ bookedBy: null, mine: false }],
        });
        expect(leaks(avail.text, s.booker)).toEqual([]);
        const details = await as(t.http, viewer).get(`/api/bookings/${s.id}`).expect(200);
        expect(details.body).toMatchObject({ bookedBy: null, mine: false, visibleToColleagues: null });
        expect(leaks(details.text, s.booker)).toEqual([]);
      }
      const own = (await s.availability(s.booker)).body as { status: string; bookings: { bookedBy: unknown; mine: boolean }[] }[];
      expect(own[0]).toMatchObject({ status: 'mine', bookings: [{ mine: true, bookedBy: { displayName: 'Zelda Zimmermann' } }] });
    });

    it('user_choice: the name shows only where the booker chose it; the default comes from userChoiceDefault', async () => {
      const hidden = await scene('user_choice', false);
      const hiddenAvail = await hidden.availability(hidden.colleague);
      expect((hiddenAvail.body as { bookings: { bookedBy: unknown }[] }[])[0].bookings[0].bookedBy).toBeNull();
      expect(leaks(hiddenAvail.text, hidden.booker)).toEqual([]);
      const shown = await scene('user_choice', true);
      expect(((await shown.availability(shown.colleague)).body as { bookings: { bookedBy: unknown }[] }[])[0].bookings[0].bookedBy).toEqual(
        { displayName: 'Zelda Zimmermann' },
      );

      const admin = await signupTenant(t.http);
      await as(t.http, admin)
        .patch('/api/tenant/settings')
        .send({ privacy: { bookingVisibility: 'user_choice', userChoiceDefault: false } })
        .expect(200);
      const booker = await addMember(t.http, admin, 'employee', 'Zelda Zimmermann');
      const colleague = await addMember(t.http, admin, 'employee');
      const place = await createPlace(t.http, admin, 1);
      const created = await book(t, booker, place.deskIds[0]).expect(201);
      expect(created.body).toMatchObject({ visibleToColleagues: false });
      const details = await as(t.http, colleague).get(`/api/bookings/${(created.body as { id: string }).id}`);
      expect(details.body).toMatchObject({ bookedBy: null });
      expect(leaks(details.text, booker)).toEqual([]);
    });
  });

  describe('availability stays current (desk lists and floor views are cached briefly)', () => {
    type DeskView = { deskId: string; label: string; x: number; status: string; bookings: { bookedBy: unknown }[] };
    const availability = async (viewer: Member, floorId: string) =>
      (
        await as(t.http, viewer)
          .get(`/api/floors/${floorId}/availability?from=${utcAt(1, 0)}&to=${utcAt(2, 0)}`)
          .expect(200)
      ).body as DeskView[];

    it('shows desk edits on the very next request: added, moved, renamed, made unbookable, removed', async () => {
      const admin = await signupTenant(t.http);
      const place = await createPlace(t.http, admin, 2);
      expect((await availability(admin, place.floorId)).map((d) => d.label)).toEqual(['D1', 'D2']);
      const added = (await as(t.http, admin).post(`/api/floors/${place.floorId}/desks`).send({ label: 'D3', x: 5, y: 5 }).expect(201))
        .body as { id: string };
      expect((await availability(admin, place.floorId)).map((d) => d.label)).toEqual(['D1', 'D2', 'D3']);
      await as(t.http, admin).patch(`/api/desks/${place.deskIds[0]}`).send({ label: 'D0', x: 999, bookable: false }).expect(200);
      expect((await availability(admin, place.floorId)).find((d) => d.deskId === place.deskIds[0])).toMatchObject({
        label: 'D0',
        x: 999,
        status: 'unavailable',
      });
      await as(t.http, admin).delete(`/api/desks/${added.id}`).expect(204);
      expect((await availability(admin, place.floorId)).map((d) => d.label)).toEqual(['D0', 'D2']);
      await as(t.http, admin).delete(`/api/floors/${place.floorId}`).expect(204);
      expectError(await as(t.http, admin).get(`/api/floors/${place.floorId}/availability`), 404, 'NOT_FOUND');
    });

    it('sends the shared answer gzip-compressed to clients that accept it, plain to others, 304 when unchanged', async () => {
      const admin = await signupTenant(t.http);
      const booker = await addMember(t.http, admin, 'employee');
      const colleague = await addMember(t.http, admin, 'employee');
      const place = await createPlace(t.http, admin, 2);
      await book(t, booker, place.deskIds[0]).expect(201);
      const path = `/api/floors/${place.floorId}/availability?from=${utcAt(1, 0)}&to=${utcAt(2, 0)}`;
      const zipped = await as(t.http, colleague).get(path).set('Accept-Encoding', 'gzip').expect(200);
      const plain = await as(t.http, colleague).get(path).set('Accept-Encoding', 'identity').expect(200);
      expect(zipped.headers['content-encoding']).toBe('gzip');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(zipped.headers.vary).toMatch(/Accept-Encoding/);
      expect(zipped.headers['content-type']).toMatch(/^application\/json/);
      expect(zipped.body).toEqual(plain.body);
      expect((plain.body as DeskView[]).map((d) => d.status)).toEqual(['booked', 'free']);
      const etag = plain.headers.etag;
      expect(zipped.headers.etag).toBe(etag);
      await as(t.http, colleague).get(path).set('If-None-Match', etag).expect(304);
      // The booker's own answer differs (their desk is "mine"): never the shared one's ETag.
      const own = await as(t.http, booker).get(path).expect(200);
      expect((own.body as DeskView[])[0].status).toBe('mine');
      expect(own.headers.etag).not.toBe(etag);
    });

    it('answers 404 to another tenant even right after the owner’s request filled the cache', async () => {
      const owner = await signupTenant(t.http);
      const place = await createPlace(t.http, owner, 1);
      await availability(owner, place.floorId);
      const stranger = await signupTenant(t.http);
      expectError(await as(t.http, stranger).get(`/api/floors/${place.floorId}/availability`), 404, 'NOT_FOUND');
    });

    it('applies a changed visibility setting to the very next request', async () => {
      const admin = await signupTenant(t.http);
      const booker = await addMember(t.http, admin, 'employee', 'Zelda Zimmermann');
      const colleague = await addMember(t.http, admin, 'employee');
      const place = await createPlace(t.http, admin, 1);
      await book(t, booker, place.deskIds[0]).expect(201);
      expect((await availability(colleague, place.floorId))[0].bookings[0].bookedBy).toEqual({ displayName: 'Zelda Zimmermann' });
      await as(t.http, admin)
        .patch('/api/tenant/settings')
        .send({ privacy: { bookingVisibility: 'anonymous' } })
        .expect(200);
      const res = await as(t.http, colleague)
        .get(`/api/floors/${place.floorId}/availability?from=${utcAt(1, 0)}&to=${utcAt(2, 0)}`)
        .expect(200);
      expect((res.body as DeskView[])[0].bookings[0].bookedBy).toBeNull();
      expect(res.text).not.toContain('Zelda');
      expect(res.text).not.toContain(booker.userId);
    });
    it('shows bookings, cancellations and renamed bookers on the very next request to the same instance', async () => {
      const admin = await signupTenant(t.http);
      const booker = await addMember(t.http, admin, 'employee', 'Yusuf Yilmaz');
      const colleague = await addMember(t.http, admin, 'employee');
      const place = await createPlace(t.http, admin, 2);
      await as(t.http, admin)
        .patch('/api/tenant/settings')
        .send({ privacy: { bookingVisibility: 'everyone' } })
        .expect(200);
      expect((await availability(colleague, place.floorId))[0].status).toBe('free');
      const booking = (await book(t, booker, place.deskIds[0]).expect(201)).body as { id: string };
      expect((await availability(colleague, place.floorId))[0]).toMatchObject({
        status: 'booked',
        bookings: [{ bookedBy: { displayName: 'Yusuf Yilmaz' } }],
      });
      await as(t.http, admin).patch(`/api/users/${booker.userId}`).send({ displayName: 'Yusuf Y.' }).expect(200);
      expect((await availability(colleague, place.floorId))[0].bookings[0].bookedBy).toEqual({ displayName: 'Yusuf Y.' });
      await as(t.http, booker).delete(`/api/bookings/${booking.id}`).expect(204);
      expect((await availability(colleague, place.floorId))[0].status).toBe('free');
    });

    it('shows the caller their own booking at once on another instance; others’ bookings there within a second', async () => {
      const second = await startSecondInstance(t);
      try {
        const admin = await signupTenant(t.http);
        const booker = await addMember(t.http, admin, 'employee');
        const colleague = await addMember(t.http, admin, 'employee');
        const place = await createPlace(t.http, admin, 2);
        const onSecond = async (viewer: Member) =>
          (
            await as(second.http, viewer)
              .get(`/api/floors/${place.floorId}/availability?from=${utcAt(1, 0)}&to=${utcAt(2, 0)}`)
              .expect(200)
          ).body as DeskView[];
        // Both views of the second instance are cached before the booking is made on the first.
        expect((await onSecond(booker))[0].status).toBe('free');
        expect((await onSecond(colleague))[0].status).toBe('free');
        const booking = (await book(t, booker, place.deskIds[0]).expect(201)).body as { id: string };
        expect((await onSecond(booker))[0].status).toBe('mine');
        await expect.poll(async () => (await onSecond(colleague))[0].status, { timeout: 5_000, interval: 200 }).toBe('booked');
        await as(t.http, booker).delete(`/api/bookings/${booking.id}`).expect(204);
        expect((await onSecond(booker))[0].status).toBe('free');
      } finally {
        await second.close();
      }
    });

    it('shows a booker their cancellation at once on another instance, however long ago they booked', async () => {
      const second = await startSecondInstance(t);
      try {
        const admin = await signupTenant(t.http);
        const booker = await addMember(t.http, admin, 'employee');
        const place = await createPlace(t.http, admin, 1);
        const onSecond = async () =>
          (
            await as(second.http, booker)
              .get(`/api/floors/${place.floorId}/availability?from=${utcAt(1, 0)}&to=${utcAt(2, 0)}`)
              .expect(200)
          ).body as DeskView[];
        const booking = (await book(t, booker, place.deskIds[0]).expect(201)).body as { id: string };
        // Booked long ago: only holding one of the second instance's cached bookings gets them a fresh read.
        await t.app
          .get(DataSource)
          .getRepository(User)
          .update({ id: booker.userId }, { bookingAddedAt: new Date(Date.now() - BOOKING_SETTLE_MS - 60_000) });
        expect((await onSecond())[0].status).toBe('mine');
        await as(t.http, booker).delete(`/api/bookings/${booking.id}`).expect(204);
        expect((await onSecond())[0].status).toBe('free');
      } finally {
        await second.close();
      }
    });

    it('shows a person the bookings imported for them at once on another instance', async () => {
      const second = await startSecondInstance(t);
      try {
        const admin = await signupTenant(t.http);
        const member = await addMember(t.http, admin, 'employee');
        const place = await createPlace(t.http, admin, 1);
        const onSecond = async () =>
          (
            await as(second.http, member)
              .get(`/api/floors/${place.floorId}/availability?from=${utcAt(1, 0)}&to=${utcAt(2, 0)}`)
              .expect(200)
          ).body as DeskView[];
        expect((await onSecond())[0].status).toBe('free');
        await as(t.http, admin)
          .post('/api/admin/bookings/import')
          .send([{ deskId: place.deskIds[0], userEmail: member.email, startsAt: utcAt(1, 9), endsAt: utcAt(1, 10) }])
          .expect(200);
        expect((await onSecond())[0].status).toBe('mine');
      } finally {
        await second.close();
      }
    });

    it('forgets who booked as soon as the sweep anonymizes: no cached view names them afterwards', async () => {
      const admin = await signupTenant(t.http);
      const booker = await addMember(t.http, admin, 'employee', 'Xaver Xander');
      const place = await createPlace(t.http, admin, 1);
      await as(t.http, admin)
        .patch('/api/tenant/settings')
        .send({ privacy: { bookingVisibility: 'everyone' } })
        .expect(200);
      const [past] = await importPast(t, admin, [pastRow(place.deskIds[0], booker.email, 3 * 86_400_000)], {
        mode: 'anonymize',
        afterDays: 30,
      });
      const row = (await bookingRow(t, past))!;
      const url = `/api/floors/${place.floorId}/availability?from=${new Date(row.startsAt.getTime() - 3_600_000).toISOString()}&to=${row.endsAt.toISOString()}`;
      const before = await as(t.http, admin).get(url).expect(200);
      expect(before.text).toContain('Xaver Xander');
      await setRetention(t, admin, 'anonymize', 1);
      await runSweep(t, admin);
      const after = await as(t.http, admin).get(url).expect(200);
      expect((after.body as DeskView[])[0].bookings).toEqual([expect.objectContaining({ bookedBy: null })]);
      expect(after.text).not.toContain('Xaver Xander');
      expect(after.text).not.toContain(booker.userId);
    });
  });

  describe('check-in and auto-release', () => {
    async function insertBooking(tenantId: string, deskId: string, userId: string, startsAt: Date, endsAt: Date, fields: object = {}) {
      const id = randomUUID();
      await t.app
        .get(DataSource)
        .getRepository('bookings')
        .insert({
          id,
          tenantId,
          deskId,
          userId,
          startsAt,
          endsAt,
          visibleToColleagues: true,
          checkedInAt: null,
          cancelledAt: null,
          cancelReason: null,
          anonymizedAt: null,
          createdAt: new Date(),
          ...fields,
        });
      return id;
    }
    const minutes = (n: number) => new Date(Date.now() + n * 60_000);

    it('allows check-in from 15 minutes before the start until the end, only for the booker', async () => {
      const admin = await signupTenant(t.http);
      const other = await addMember(t.http, admin, 'employee');
      const place = await createPlace(t.http, admin, 4);
      const early = await insertBooking(admin.tenantId, place.deskIds[0], admin.userId, minutes(30), minutes(90));
      const soon = await insertBooking(admin.tenantId, place.deskIds[1], admin.userId, minutes(10), minutes(20));
      const over = await insertBooking(admin.tenantId, place.deskIds[2], admin.userId, minutes(-90), minutes(-30));
      expect(expectError(await as(t.http, admin).post(`/api/bookings/${early}/check-in`), 422, 'BOOKING_RULE_VIOLATED').details).toEqual({
        rule: 'CHECK_IN_WINDOW',
      });
      expect(expectError(await as(t.http, admin).post(`/api/bookings/${over}/check-in`), 422, 'BOOKING_RULE_VIOLATED').details).toEqual({
        rule: 'CHECK_IN_WINDOW',
      });
      expectError(await as(t.http, other).post(`/api/bookings/${soon}/check-in`), 403, 'FORBIDDEN');
      const res = await as(t.http, admin).post(`/api/bookings/${soon}/check-in`).expect(200);
      expect(res.body).toMatchObject({ id: soon, checkedInAt: expect.any(String) });
    });

    it('releases exactly the overdue unchecked bookings when check-in is required', async () => {
      const admin = await signupTenant(t.http);
      await as(t.http, admin)
        .patch('/api/tenant/settings')
        .send({ booking: { checkInRequired: true, checkInGraceMinutes: 30 } })
        .expect(200);
      const place = await createPlace(t.http, admin, 5);
      const people = await Promise.all([1, 2, 3, 4, 5].map(() => addMember(t.http, admin, 'employee')));
      const overdue = await insertBooking(admin.tenantId, place.deskIds[0], people[0].userId, minutes(-40), minutes(60));
      const inGrace = await insertBooking(admin.tenantId, place.deskIds[1], people[1].userId, minutes(-20), minutes(60));
      const checkedIn = await insertBooking(admin.tenantId, place.deskIds[2], people[2].userId, minutes(-40), minutes(60), {
        checkedInAt: minutes(-35),
      });
      const future = await insertBooking(admin.tenantId, place.deskIds[3], people[3].userId, minutes(60), minutes(120));
      const cancelled = await insertBooking(admin.tenantId, place.deskIds[4], people[4].userId, minutes(-40), minutes(60), {
        cancelledAt: minutes(-45),
        cancelReason: 'user',
      });
      // Another tenant without the setting keeps its overdue booking.
      const other = await signupTenant(t.http);
      const otherPlace = await createPlace(t.http, other, 1);
      const untouched = await insertBooking(other.tenantId, otherPlace.deskIds[0], other.userId, minutes(-40), minutes(60));

      await t.app.get<JobRunner>(JOB_RUNNER).trigger('bookings.release-no-shows');
      const repo = t.app.get(DataSource).getRepository('bookings');
      const state = async (id: string) => (await repo.findOneByOrFail({ id })) as { cancelledAt: Date | null; cancelReason: string | null };
      for (let i = 0; i < 100 && !(await state(overdue)).cancelledAt; i++) await new Promise((r) => setTimeout(r, 100));

      expect(await state(overdue)).toMatchObject({ cancelReason: 'no_show', cancelledAt: expect.any(Date) });
      for (const id of [inGrace, checkedIn, future, untouched]) expect((await state(id)).cancelledAt).toBeNull();
      expect((await state(cancelled)).cancelReason).toBe('user');
      // The desk is free again.
      const avail = (
        await as(t.http, admin).get(
          `/api/floors/${place.floorId}/availability?from=${minutes(0).toISOString()}&to=${minutes(30).toISOString()}`,
        )
      ).body as { status: string }[];
      expect(avail[0].status).toBe('free');
    });
  });

  it('lists my bookings and exports them as an iCalendar file a parser reads', async () => {
    const admin = await signupTenant(t.http);
    const place = await createPlace(t.http, admin, 2);
    const a = ((await book(t, admin, place.deskIds[0], utcAt(1, 9), utcAt(1, 10)).expect(201)).body as { id: string }).id;
    const b = ((await book(t, admin, place.deskIds[1], utcAt(2, 13), utcAt(2, 15)).expect(201)).body as { id: string }).id;
    const cancelled = ((await book(t, admin, place.deskIds[0], utcAt(3, 9), utcAt(3, 10)).expect(201)).body as { id: string }).id;
    await as(t.http, admin).delete(`/api/bookings/${cancelled}`).expect(204);
    const mine = (await as(t.http, admin).get('/api/bookings/mine').expect(200)).body as { id: string }[];
    expect(mine.map((x) => x.id)).toEqual([a, b, cancelled]);

    const res = await as(t.http, admin).get('/api/me/calendar.ics').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(res.text));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(2);
    expect(events[0].uid).toContain(a);
    expect(events[0].summary).toBe('Desk D1 · HQ');
    expect(events[0].startDate.toJSDate().toISOString()).toBe(utcAt(1, 9));
    expect(events[1].endDate.toJSDate().toISOString()).toBe(utcAt(2, 15));
    void request;
  });

  it('reads the places of the calendar file once, however many bookings it lists', async () => {
    const admin = await signupTenant(t.http);
    const places = [await createPlace(t.http, admin, 2), await createPlace(t.http, admin, 1)];
    const desks = [places[0].deskIds[0], places[0].deskIds[1], places[1].deskIds[0]];
    for (const [i, deskId] of desks.entries()) await book(t, admin, deskId, utcAt(i + 1, 9), utcAt(i + 1, 10)).expect(201);
    const logger = t.app.get(DataSource).logger;
    const logQuery = vi.spyOn(logger, 'logQuery');
    try {
      const res = await as(t.http, admin).get('/api/me/calendar.ics').expect(200);
      expect(new ICAL.Component(ICAL.parse(res.text)).getAllSubcomponents('vevent')).toHaveLength(3);
      const reads = (table: string) => logQuery.mock.calls.filter(([sql]) => new RegExp(`FROM [\`"]${table}[\`"]`).test(sql)).length;
      // One query: the desks joined with their floors and locations (the floors' plan images unread).
      expect({ desks: reads('desks'), floors: reads('floors'), locations: reads('locations') }).toEqual({
        desks: 1,
        floors: 0,
        locations: 0,
      });
    } finally {
      logQuery.mockRestore();
    }
  });

  it('writes the calendar file in the language the person chose', async () => {
    const admin = await signupTenant(t.http);
    const place = await createPlace(t.http, admin, 1);
    await book(t, admin, place.deskIds[0], utcAt(1, 9), utcAt(1, 10)).expect(201);
    await as(t.http, admin).patch('/api/me').send({ locale: 'de' }).expect(200);

    const res = await as(t.http, admin).get('/api/me/calendar.ics').expect(200);
    const [event] = new ICAL.Component(ICAL.parse(res.text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(event.summary).toBe('Arbeitsplatz D1 · HQ');
    expect(event.description).toMatch(/^Arbeitsplatz D1, /);
  });
});

function weekday(iso: string): string {
  return ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'][new Date(iso).getUTCDay()];
}
