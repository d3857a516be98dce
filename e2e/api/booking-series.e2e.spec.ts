import { DateTime } from 'luxon';
import { DataSource, IsNull, Not } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY_MS, bookingRows, moveIntoPast, runSweep, setRetention } from './support/anonymization.js';
import { addMember, as, expectError, signupTenant, type Member } from './support/factories.js';
import { ALWAYS_OPEN, createPlace, utcAt, type Place } from './support/places.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface BookingBody {
  id: string;
  deskId: string;
  startsAt: string;
  endsAt: string;
  seriesId: string | null;
  cancelledAt: string | null;
}
interface SeriesBody {
  seriesId: string;
  booked: BookingBody[];
  refused: { date: string; code: string; details?: unknown }[];
}
interface Favourite {
  deskId: string;
  label: string;
  floorId: string;
  floorName: string;
  locationId: string;
  locationName: string;
  usual: boolean;
}

/** The UTC date `days` from today (the test locations are in UTC unless said otherwise). */
const dayAt = (days: number) => utcAt(days, 0).slice(0, 10);

describe('recurring and multi-day bookings', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const series = (member: Member, body: object) => as(t.http, member).post('/api/bookings/series').send(body);
  const bookingsOfDesk = async (deskId: string) =>
    (
      await t.app
        .get(DataSource)
        .getRepository<BookingBody>('bookings')
        .find({ where: { deskId }, order: { startsAt: 'ASC' } })
    ).map((b) => ({
      ...b,
      startsAt: new Date(b.startsAt).toISOString(),
    }));

  async function tenant(): Promise<{ admin: Member; alice: Member; bob: Member; place: Place }> {
    const admin = await signupTenant(t.http);
    const alice = await addMember(t.http, admin, 'employee', 'Alice Example');
    const bob = await addMember(t.http, admin, 'employee', 'Bob Example');
    const place = await createPlace(t.http, admin, 3);
    return { admin, alice, bob, place };
  }

  it('repeats the local wall-clock times on the chosen weekdays across both changes of summer time in Berlin', async () => {
    const { admin } = await tenant();
    await as(t.http, admin)
      .patch('/api/tenant/settings')
      .send({ booking: { maxDaysAhead: 365 } })
      .expect(200);
    const location = await as(t.http, admin)
      .post('/api/locations')
      .send({ name: 'Berlin', timezone: 'Europe/Berlin', openingHours: ALWAYS_OPEN })
      .expect(201);
    const floor = await as(t.http, admin)
      .post(`/api/locations/${(location.body as { id: string }).id}/floors`)
      .send({ name: 'One' })
      .expect(201);
    const desk = await as(t.http, admin)
      .post(`/api/floors/${(floor.body as { id: string }).id}/desks`)
      .send({ label: 'B1', x: 1, y: 1 })
      .expect(201);
    const deskId = (desk.body as { id: string }).id;
    const today = DateTime.now().setZone('Europe/Berlin').startOf('day');
    // The next last Sundays of March and October: the days Berlin changes to and from summer time.
    const lastSunday = (month: number) => {
      for (let year = today.year; ; year++) {
        const end = DateTime.fromObject({ year, month }, { zone: 'Europe/Berlin' }).endOf('month').startOf('day');
        const sunday = end.minus({ days: end.weekday % 7 });
        if (sunday > today.plus({ days: 7 })) return sunday;
      }
    };
    for (const change of [lastSunday(3), lastSunday(10)]) {
      // Tuesdays and Thursdays, 08:30–17:00 local, from the Tuesday before the change, for two weeks.
      const tuesday = change.minus({ days: 5 });
      const res = await series(admin, {
        deskId,
        startsAt: tuesday.set({ hour: 8, minute: 30 }).toISO(),
        endsAt: tuesday.set({ hour: 17 }).toISO(),
        weekdays: [4, 2],
        weeks: 2,
      }).expect(201);
      const body = res.body as SeriesBody;
      expect(body.refused).toEqual([]);
      const local = body.booked.map((b) => {
        const start = DateTime.fromISO(b.startsAt, { zone: 'Europe/Berlin' });
        const end = DateTime.fromISO(b.endsAt, { zone: 'Europe/Berlin' });
        return [start.toISODate(), start.toFormat('HH:mm'), end.toFormat('HH:mm')];
      });
      expect(local).toEqual([0, 2, 7, 9].map((d) => [tuesday.plus({ days: d }).toISODate(), '08:30', '17:00']));
      // The UTC offset moved by an hour between the first and the second week.
      const offsets = body.booked.map((b) => DateTime.fromISO(b.startsAt, { zone: 'Europe/Berlin' }).offset);
      expect(offsets[0]).not.toBe(offsets[3]);
      expect(new Set(body.booked.map((b) => b.seriesId))).toEqual(new Set([body.seriesId]));
    }
  });

  it('books a list of days; the bookings carry the series id for their owner only', async () => {
    const { alice, bob, place } = await tenant();
    const days = [dayAt(3), dayAt(1), dayAt(2)];
    const res = await series(alice, { deskId: place.deskIds[0], startsAt: utcAt(1, 9), endsAt: utcAt(1, 12), days }).expect(201);
    const body = res.body as SeriesBody;
    expect(body.booked.map((b) => [b.startsAt, b.endsAt])).toEqual([1, 2, 3].map((d) => [utcAt(d, 9), utcAt(d, 12)]));
    const mine = (await as(t.http, alice).get('/api/bookings/mine').expect(200)).body as BookingBody[];
    expect(mine.map((b) => b.seriesId)).toEqual([body.seriesId, body.seriesId, body.seriesId]);
    const seen = (await as(t.http, bob).get(`/api/bookings/${body.booked[0].id}`).expect(200)).body as BookingBody;
    expect(seen.seriesId).toBeNull();
  });

  it('validates the request: one form, real dates, at most 100 occurrences, offsets required', async () => {
    const { alice, place } = await tenant();
    const base = { deskId: place.deskIds[0], startsAt: utcAt(1, 9), endsAt: utcAt(1, 10) };
    expectError(await series(alice, { ...base, weekdays: [1], weeks: 1, days: [dayAt(1)] }), 400, 'VALIDATION_FAILED');
    expectError(await series(alice, { ...base, weekdays: [0], weeks: 1 }), 400, 'VALIDATION_FAILED');
    expectError(await series(alice, { ...base, weekdays: [1, 1], weeks: 1 }), 400, 'VALIDATION_FAILED');
    expectError(await series(alice, { ...base, weekdays: [1], weeks: 53 }), 400, 'VALIDATION_FAILED');
    expectError(await series(alice, { ...base, weekdays: [1] }), 400, 'VALIDATION_FAILED');
    expectError(await series(alice, { ...base, days: ['2027-02-30'] }), 400, 'VALIDATION_FAILED');
    expectError(await series(alice, { ...base, days: [] }), 400, 'VALIDATION_FAILED');
    expectError(await series(alice, { ...base }), 400, 'VALIDATION_FAILED');
    expectError(await series(alice, { ...base, startsAt: utcAt(1, 9).replace('Z', ''), days: [dayAt(1)] }), 400, 'VALIDATION_FAILED');
    const tooMany = expectError(await series(alice, { ...base, weekdays: [1, 2, 3, 4, 5, 6, 7], weeks: 20 }), 400, 'VALIDATION_FAILED');
    expect(JSON.stringify(tooMany.details)).toContain('at most 100');
    expect(await bookingsOfDesk(place.deskIds[0])).toEqual([]);
  });

  it('refuses each occurrence for the reason a single booking would get; 409 SERIES_CONFLICT writes nothing', async () => {
    const { alice, bob, place } = await tenant();
    const [desk, other] = place.deskIds;
    // Day 1: Bob has the desk; day 2: Alice is elsewhere; day 20: beyond maxDaysAhead (14).
    await as(t.http, bob)
      .post('/api/bookings')
      .send({ deskId: desk, startsAt: utcAt(1, 10), endsAt: utcAt(1, 11) })
      .expect(201);
    await as(t.http, alice)
      .post('/api/bookings')
      .send({ deskId: other, startsAt: utcAt(2, 8), endsAt: utcAt(2, 10) })
      .expect(201);
    const before = await bookingsOfDesk(desk);
    const request = { deskId: desk, startsAt: utcAt(1, 9), endsAt: utcAt(1, 12), days: [dayAt(1), dayAt(2), dayAt(3), dayAt(20)] };
    const refused = [
      { date: dayAt(1), code: 'DESK_TAKEN' },
      { date: dayAt(2), code: 'USER_OVERLAP' },
      { date: dayAt(20), code: 'BOOKING_RULE_VIOLATED', details: { rule: 'TOO_FAR_AHEAD' } },
    ];
    const conflict = expectError(await series(alice, request), 409, 'SERIES_CONFLICT');
    expect(conflict.details).toEqual({ refused, bookable: [dayAt(3)] });
    expect(await bookingsOfDesk(desk)).toEqual(before);

    const partial = (await series(alice, { ...request, allowPartial: true }).expect(201)).body as SeriesBody;
    expect(partial.refused).toEqual(refused);
    expect(partial.booked.map((b) => b.startsAt)).toEqual([utcAt(3, 9)]);
    expect((await bookingsOfDesk(desk)).filter((b) => b.seriesId === partial.seriesId)).toHaveLength(1);
  });

  it('answers 409 SERIES_CONFLICT, even with allowPartial, when no date can be booked (a desk that is not bookable)', async () => {
    const { admin, alice, place } = await tenant();
    await as(t.http, admin).patch(`/api/desks/${place.deskIds[0]}`).send({ bookable: false }).expect(200);
    const res = await series(alice, {
      deskId: place.deskIds[0],
      startsAt: utcAt(1, 9),
      endsAt: utcAt(1, 10),
      days: [dayAt(1), dayAt(2)],
      allowPartial: true,
    });
    expect(expectError(res, 409, 'SERIES_CONFLICT').details).toEqual({
      refused: [1, 2].map((d) => ({ date: dayAt(d), code: 'BOOKING_RULE_VIOLATED', details: { rule: 'DESK_NOT_BOOKABLE' } })),
      bookable: [],
    });
    expect(await bookingsOfDesk(place.deskIds[0])).toEqual([]);
  });

  it('races single bookings for the same desk and slots: exactly one booking per slot, and every answer tells what was written', async () => {
    const admin = await signupTenant(t.http);
    const place = await createPlace(t.http, admin, 1);
    const people = await Promise.all([1, 2, 3, 4].map((i) => addMember(t.http, admin, 'employee', `Racer ${i}`)));
    const desk = place.deskIds[0];
    const days = [1, 2, 3, 4, 5, 6];
    const [seriesRes, ...singles] = await Promise.all([
      series(admin, { deskId: desk, startsAt: utcAt(1, 9), endsAt: utcAt(1, 17), days: days.map(dayAt), allowPartial: true }),
      ...days.map((d, i) =>
        as(t.http, people[i % people.length])
          .post('/api/bookings')
          .send({ deskId: desk, startsAt: utcAt(d, 12), endsAt: utcAt(d, 13) }),
      ),
    ]);
    const active = (await bookingsOfDesk(desk)).filter((b) => b.cancelledAt === null);
    for (const d of days)
      expect(
        active.filter((b) => b.startsAt.slice(0, 10) === dayAt(d)),
        `day ${d}`,
      ).toHaveLength(1);
    const singleWins = singles.flatMap((r) => {
      if (r.status === 201) return [(r.body as BookingBody).id];
      expectError(r, 409, 'DESK_TAKEN');
      return [];
    });
    const written = new Set(active.map((b) => b.id));
    if (seriesRes.status === 201) {
      const body = seriesRes.body as SeriesBody;
      expect(body.booked.length + body.refused.length).toBe(days.length);
      expect(body.refused.every((r) => r.code === 'DESK_TAKEN')).toBe(true);
      expect(new Set([...body.booked.map((b) => b.id), ...singleWins])).toEqual(written);
    } else {
      // Every single booking came first.
      expectError(seriesRes, 409, 'SERIES_CONFLICT');
      expect(new Set(singleWins)).toEqual(written);
    }
  });

  it('cancels a series from a date on (default today), owner or staff; 404 across tenants and to other employees', async () => {
    const { admin, alice, bob, place } = await tenant();
    const facility = await addMember(t.http, admin, 'facility_manager', 'Fiona Facility');
    const stranger = await signupTenant(t.http);
    const made = (
      await series(alice, { deskId: place.deskIds[0], startsAt: utcAt(1, 9), endsAt: utcAt(1, 10), days: [1, 2, 3, 4].map(dayAt) }).expect(
        201,
      )
    ).body as SeriesBody;
    const url = `/api/bookings/series/${made.seriesId}`;
    expectError(await as(t.http, stranger).delete(url), 404, 'NOT_FOUND');
    expectError(await as(t.http, bob).delete(url), 404, 'NOT_FOUND');
    expectError(await as(t.http, alice).delete('/api/bookings/series/00000000-0000-4000-8000-000000000000'), 404, 'NOT_FOUND');
    expectError(await as(t.http, alice).delete(`${url}?from=tomorrow`), 400, 'VALIDATION_FAILED');
    await as(t.http, alice)
      .delete(`${url}?from=${dayAt(3)}`)
      .expect(204);
    let rows = await bookingsOfDesk(place.deskIds[0]);
    expect(rows.map((b) => [b.startsAt.slice(0, 10), b.cancelledAt === null])).toEqual([
      [dayAt(1), true],
      [dayAt(2), true],
      [dayAt(3), false],
      [dayAt(4), false],
    ]);
    // Staff cancel the rest (from today), with the staff reason and a trace in the audit log.
    await as(t.http, facility).delete(url).expect(204);
    rows = await bookingsOfDesk(place.deskIds[0]);
    expect(rows.every((b) => b.cancelledAt !== null)).toBe(true);
    const reasons = await t.app
      .get(DataSource)
      .getRepository<{ deskId: string; startsAt: Date; cancelReason: string }>('bookings')
      .find({ where: { deskId: place.deskIds[0] }, order: { startsAt: 'ASC' } });
    expect(reasons.map((r) => r.cancelReason)).toEqual(['admin', 'admin', 'user', 'user']);
    const audit = (await as(t.http, admin).get('/api/admin/audit-log').expect(200)).body as { action: string; targetId: string }[];
    const cancelled = audit.filter((e) => e.action === 'booking.cancelled').map((e) => e.targetId);
    expect(cancelled.sort()).toEqual(
      made.booked
        .slice(0, 2)
        .map((b) => b.id)
        .sort(),
    );
  });

  it('asks for consent first like every booking feature', async () => {
    const admin = await signupTenant(t.http, undefined, { consentRequired: true });
    const place = await createPlace(t.http, admin, 1);
    expectError(
      await series(admin, { deskId: place.deskIds[0], startsAt: utcAt(1, 9), endsAt: utcAt(1, 10), days: [dayAt(1)] }),
      403,
      'CONSENT_REQUIRED',
    );
    expectError(await as(t.http, admin).delete('/api/bookings/series/00000000-0000-4000-8000-000000000000'), 403, 'CONSENT_REQUIRED');
    expectError(await as(t.http, admin).get('/api/me/favourites'), 403, 'CONSENT_REQUIRED');
    expectError(await as(t.http, admin).put(`/api/me/favourites/${place.deskIds[0]}`), 403, 'CONSENT_REQUIRED');
    expectError(await as(t.http, admin).put('/api/me/usual-desk').send({ deskId: place.deskIds[0] }), 403, 'CONSENT_REQUIRED');
  });

  for (const mode of ['anonymize', 'delete'] as const) {
    it(`the sweep (${mode}) leaves no series linking past occurrences to the person's later ones`, async () => {
      const { admin, alice, place } = await tenant();
      const made = (
        await series(alice, { deskId: place.deskIds[0], startsAt: utcAt(1, 9), endsAt: utcAt(1, 10), days: [1, 2, 3].map(dayAt) }).expect(
          201,
        )
      ).body as SeriesBody;
      await moveIntoPast(t, made.booked[0].id, 2 * DAY_MS);
      await setRetention(t, admin, mode, 1);
      await runSweep(t, admin);
      const rows = await bookingRows(t, admin.tenantId);
      const past = rows.find((r) => r.id === made.booked[0].id);
      if (mode === 'delete') expect(past).toBeUndefined();
      else expect(past).toMatchObject({ userId: null, seriesId: null });
      const later = rows.filter((r) => r.id !== made.booked[0].id);
      expect(later.map((r) => (r as unknown as BookingBody).seriesId)).toEqual([made.seriesId, made.seriesId]);
      expect(await t.app.get(DataSource).getRepository('bookings').countBy({ seriesId: made.seriesId })).toBe(2);
    });
  }

  it('erasure clears the series id of every occurrence and deletes the favourites', async () => {
    const { admin, alice, place } = await tenant();
    const made = (
      await series(alice, { deskId: place.deskIds[0], startsAt: utcAt(1, 9), endsAt: utcAt(1, 10), days: [1, 2].map(dayAt) }).expect(201)
    ).body as SeriesBody;
    await moveIntoPast(t, made.booked[0].id, DAY_MS);
    await as(t.http, alice).put('/api/me/usual-desk').send({ deskId: place.deskIds[1] }).expect(204);
    await as(t.http, admin).delete(`/api/users/${alice.userId}`).expect(204);
    const db = t.app.get(DataSource);
    expect(await db.getRepository('bookings').countBy({ seriesId: made.seriesId })).toBe(0);
    expect(await db.getRepository('bookings').countBy({ tenantId: admin.tenantId, userId: Not(IsNull()) })).toBe(0);
    expect(await db.getRepository('desk_favourites').countBy({ userId: alice.userId })).toBe(0);
  });
});

describe('favourite desks and the usual desk', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const favourites = async (member: Member) => (await as(t.http, member).get('/api/me/favourites').expect(200)).body as Favourite[];

  it('adds (idempotently), lists with places, and removes favourites; only the caller’s', async () => {
    const admin = await signupTenant(t.http);
    const alice = await addMember(t.http, admin, 'employee', 'Alice Example');
    const place = await createPlace(t.http, admin, 3);
    expect(await favourites(alice)).toEqual([]);
    await as(t.http, alice).put(`/api/me/favourites/${place.deskIds[1]}`).expect(204);
    await as(t.http, alice).put(`/api/me/favourites/${place.deskIds[1]}`).expect(204);
    await as(t.http, alice).put(`/api/me/favourites/${place.deskIds[0]}`).expect(204);
    expect(await favourites(alice)).toEqual(
      [0, 1].map((i) => ({
        deskId: place.deskIds[i],
        label: `D${i + 1}`,
        floorId: place.floorId,
        floorName: 'Ground floor',
        locationId: place.locationId,
        locationName: 'HQ',
        usual: false,
      })),
    );
    expect(await favourites(admin)).toEqual([]);
    await as(t.http, alice).delete(`/api/me/favourites/${place.deskIds[0]}`).expect(204);
    await as(t.http, alice).delete(`/api/me/favourites/${place.deskIds[0]}`).expect(204);
    expect((await favourites(alice)).map((f) => f.label)).toEqual(['D2']);
  });

  it('keeps one usual desk: setting another moves it, clearing keeps the favourite', async () => {
    const admin = await signupTenant(t.http);
    const place = await createPlace(t.http, admin, 3);
    await as(t.http, admin).put('/api/me/usual-desk').send({ deskId: place.deskIds[0] }).expect(204);
    await Promise.all(place.deskIds.slice(1).map((deskId) => as(t.http, admin).put('/api/me/usual-desk').send({ deskId }).expect(204)));
    const after = await favourites(admin);
    expect(after).toHaveLength(3);
    expect(after.filter((f) => f.usual)).toHaveLength(1);
    await as(t.http, admin).put('/api/me/usual-desk').send({ deskId: place.deskIds[0] }).expect(204);
    expect((await favourites(admin)).map((f) => [f.label, f.usual])).toEqual([
      ['D1', true],
      ['D2', false],
      ['D3', false],
    ]);
    await as(t.http, admin).delete('/api/me/usual-desk').expect(204);
    expect((await favourites(admin)).map((f) => f.usual)).toEqual([false, false, false]);
    expectError(await as(t.http, admin).put('/api/me/usual-desk').send({}), 400, 'VALIDATION_FAILED');
  });

  it('answers 404 for another tenant’s desk or an unknown one, and writes nothing', async () => {
    const owner = await signupTenant(t.http);
    const place = await createPlace(t.http, owner, 1);
    const stranger = await signupTenant(t.http);
    expectError(await as(t.http, stranger).put(`/api/me/favourites/${place.deskIds[0]}`), 404, 'NOT_FOUND');
    expectError(await as(t.http, stranger).put('/api/me/usual-desk').send({ deskId: place.deskIds[0] }), 404, 'NOT_FOUND');
    expectError(await as(t.http, stranger).put('/api/me/favourites/00000000-0000-4000-8000-000000000000'), 404, 'NOT_FOUND');
    expect(await t.app.get(DataSource).getRepository('desk_favourites').countBy({ deskId: place.deskIds[0] })).toBe(0);
  });

  it('are in the person’s export, and go when the desk goes', async () => {
    const admin = await signupTenant(t.http);
    const place = await createPlace(t.http, admin, 2);
    await as(t.http, admin).put(`/api/me/favourites/${place.deskIds[1]}`).expect(204);
    await as(t.http, admin).put('/api/me/usual-desk').send({ deskId: place.deskIds[0] }).expect(204);
    const exported = (await as(t.http, admin).get('/api/me/export').expect(200)).body as { favourites: unknown[] };
    expect(exported.favourites).toEqual([
      { desk: { label: 'D2', floor: 'Ground floor', location: 'HQ' }, usual: false, createdAt: expect.any(String) as string },
      { desk: { label: 'D1', floor: 'Ground floor', location: 'HQ' }, usual: true, createdAt: expect.any(String) as string },
    ]);
    await as(t.http, admin).delete(`/api/desks/${place.deskIds[0]}`).expect(204);
    expect((await favourites(admin)).map((f) => f.label)).toEqual(['D2']);
  });
});
