import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPast, pastRow, runSweep, setRetention } from './support/anonymization.js';
import { addMember, as, expectError, signupTenant, type Member } from './support/factories.js';
import { ALWAYS_OPEN, setBookingVisibility, utcAt, visibilityCast, type BookingVisibility } from './support/places.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface Found {
  displayName: string;
  deskId: string;
  deskLabel: string;
  floorId: string;
  floorName: string;
  locationId: string;
  locationName: string;
  startsAt: string;
  endsAt: string;
}

/** The UTC calendar date `days` from today (the test locations are in UTC unless a test says otherwise). */
const dateIn = (days: number) => utcAt(days, 12).slice(0, 10);

/**
 * GET /colleagues (DESIGN.md "Visibility", issue 18 "Find a colleague"): a person is found only
 * where visibility.ts shows them to the caller, under every setting, with the booking's ceiling, the
 * person's choice and their opt-out.
 */
describe('find a colleague', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const tenant = (visibility: BookingVisibility) => visibilityCast(t.http, visibility, 3);
  const setVisibility = (admin: Member, visibility: BookingVisibility) => setBookingVisibility(t.http, admin, visibility);

  const book = async (who: Member, deskId: string, startsAt: string, endsAt: string, extra: object = {}) =>
    (
      (
        await as(t.http, who)
          .post('/api/bookings')
          .send({ deskId, startsAt, endsAt, ...extra })
          .expect(201)
      ).body as { id: string }
    ).id;

  const search = (viewer: Member, q: string, date: string) =>
    as(t.http, viewer).get(`/api/colleagues?q=${encodeURIComponent(q)}&date=${date}`);

  async function found(viewer: Member, q: string, date: string): Promise<Found[]> {
    const res = await search(viewer, q, date).expect(200);
    return res.body as Found[];
  }

  /** Nothing that identifies the booker in the raw answer: not a name, not an id, not the e-mail. */
  async function expectNobody(viewer: Member, booker: Member, q: string, date: string) {
    const res = await search(viewer, q, date).expect(200);
    expect(res.body).toEqual([]);
    for (const s of ['Zelda', 'Zimmermann', booker.userId, booker.email]) expect(res.text).not.toContain(s);
  }

  it('everyone: finds the person by part of their name, any case, with desk, floor, location and times', async () => {
    const s = await tenant('everyone');
    await book(s.booker, s.place.deskIds[1], utcAt(1, 9), utcAt(1, 12));
    await book(s.booker, s.place.deskIds[0], utcAt(1, 13), utcAt(1, 17));
    const other = await addMember(t.http, s.admin, 'employee', 'Anton Zeller');
    await book(other, s.place.deskIds[2], utcAt(1, 14), utcAt(1, 15));

    for (const viewer of [s.colleague, s.manager, s.admin]) {
      const rows = await found(viewer, 'zEL', dateIn(1));
      // By name, then time.
      expect(rows.map((r) => [r.displayName, r.deskLabel, r.startsAt])).toEqual([
        ['Anton Zeller', 'D3', utcAt(1, 14)],
        ['Zelda Zimmermann', 'D2', utcAt(1, 9)],
        ['Zelda Zimmermann', 'D1', utcAt(1, 13)],
      ]);
      expect(rows[1]).toEqual({
        displayName: 'Zelda Zimmermann',
        deskId: s.place.deskIds[1],
        deskLabel: 'D2',
        floorId: s.place.floorId,
        floorName: 'Ground floor',
        locationId: s.place.locationId,
        locationName: 'HQ',
        startsAt: utcAt(1, 9),
        endsAt: utcAt(1, 12),
      });
    }
    // Another day: nothing.
    expect(await found(s.colleague, 'Zelda', dateIn(2))).toEqual([]);
  });

  it('leaves out the caller’s own bookings', async () => {
    const s = await tenant('everyone');
    await book(s.booker, s.place.deskIds[0], utcAt(1, 9), utcAt(1, 10));
    expect(await found(s.booker, 'Zelda', dateIn(1))).toEqual([]);
  });

  it('anonymous: nobody is findable, not even by facility managers or tenant admins', async () => {
    const s = await tenant('anonymous');
    await book(s.booker, s.place.deskIds[0], utcAt(1, 9), utcAt(1, 10), { visibleToColleagues: true });
    for (const viewer of [s.colleague, s.manager, s.admin]) await expectNobody(viewer, s.booker, 'Zelda', dateIn(1));
  });

  it('user_choice: only bookings shown to colleagues', async () => {
    const s = await tenant('user_choice');
    await book(s.booker, s.place.deskIds[0], utcAt(1, 9), utcAt(1, 10), { visibleToColleagues: false });
    for (const viewer of [s.colleague, s.manager, s.admin]) await expectNobody(viewer, s.booker, 'Zelda', dateIn(1));

    await book(s.booker, s.place.deskIds[1], utcAt(2, 9), utcAt(2, 10), { visibleToColleagues: true });
    const rows = await found(s.colleague, 'Zelda', dateIn(2));
    expect(rows.map((r) => [r.displayName, r.deskLabel])).toEqual([['Zelda Zimmermann', 'D2']]);
    // The hidden booking of the other day stays hidden.
    await expectNobody(s.manager, s.booker, 'Zelda', dateIn(1));
  });

  it('keeps the promise made at booking time: a booking made under anonymous stays hidden after switching to everyone', async () => {
    const s = await tenant('anonymous');
    await book(s.booker, s.place.deskIds[0], utcAt(1, 9), utcAt(1, 10));
    await setVisibility(s.admin, 'everyone');
    await expectNobody(s.colleague, s.booker, 'Zelda', dateIn(1));
    // Made afterwards: shown.
    await book(s.booker, s.place.deskIds[1], utcAt(2, 9), utcAt(2, 10));
    expect((await found(s.colleague, 'Zelda', dateIn(2))).map((r) => r.deskLabel)).toEqual(['D2']);
    // Tightening applies at once.
    await setVisibility(s.admin, 'anonymous');
    await expectNobody(s.colleague, s.booker, 'Zelda', dateIn(2));
  });

  it('never lists people who opted out; /me and the export show the choice', async () => {
    const s = await tenant('everyone');
    await book(s.booker, s.place.deskIds[0], utcAt(1, 9), utcAt(1, 10));
    expect(((await as(t.http, s.booker).get('/api/me').expect(200)).body as { findableByColleagues: boolean }).findableByColleagues).toBe(
      true,
    );

    const me = await as(t.http, s.booker).patch('/api/me').send({ findableByColleagues: false }).expect(200);
    expect((me.body as { findableByColleagues: boolean }).findableByColleagues).toBe(false);
    for (const viewer of [s.colleague, s.manager, s.admin]) await expectNobody(viewer, s.booker, 'Zelda', dateIn(1));
    const exported = (await as(t.http, s.booker).get('/api/me/export').expect(200)).body as { profile: { findableByColleagues: boolean } };
    expect(exported.profile.findableByColleagues).toBe(false);

    await as(t.http, s.booker).patch('/api/me').send({ findableByColleagues: true }).expect(200);
    expect(await found(s.colleague, 'Zelda', dateIn(1))).toHaveLength(1);
    expectError(await as(t.http, s.booker).patch('/api/me').send({ findableByColleagues: 'no' }), 400, 'VALIDATION_FAILED');
  });

  it('takes the day in the location’s time zone', async () => {
    const s = await tenant('everyone');
    // Los Angeles is UTC-8 in winter and UTC-7 in summer: 05:00 UTC is the evening before there.
    const location = await as(t.http, s.admin)
      .post('/api/locations')
      .send({ name: 'LA', address: 'Sunset Blvd 1', timezone: 'America/Los_Angeles', openingHours: ALWAYS_OPEN })
      .expect(201);
    const floor = await as(t.http, s.admin)
      .post(`/api/locations/${(location.body as { id: string }).id}/floors`)
      .send({ name: 'Upstairs', level: 1 })
      .expect(201);
    const desk = await as(t.http, s.admin)
      .post(`/api/floors/${(floor.body as { id: string }).id}/desks`)
      .send({ label: 'L1', x: 10, y: 10 })
      .expect(201);
    await book(s.booker, (desk.body as { id: string }).id, utcAt(3, 5), utcAt(3, 6));
    expect((await found(s.colleague, 'Zelda', dateIn(2))).map((r) => [r.locationName, r.deskLabel])).toEqual([['LA', 'L1']]);
    expect(await found(s.colleague, 'Zelda', dateIn(3))).toEqual([]);
    // The same UTC hours in the UTC location belong to the UTC day.
    await book(s.booker, s.place.deskIds[0], utcAt(4, 5), utcAt(4, 6));
    expect((await found(s.colleague, 'Zelda', dateIn(4))).map((r) => r.deskLabel)).toEqual(['D1']);
    expect(await found(s.colleague, 'Zelda', dateIn(3))).toEqual([]);
  });

  it('leaves out cancelled bookings', async () => {
    const s = await tenant('everyone');
    const id = await book(s.booker, s.place.deskIds[0], utcAt(1, 9), utcAt(1, 10));
    expect(await found(s.colleague, 'Zelda', dateIn(1))).toHaveLength(1);
    await as(t.http, s.booker).delete(`/api/bookings/${id}`).expect(204);
    await expectNobody(s.colleague, s.booker, 'Zelda', dateIn(1));
  });

  it('leaves out anonymized bookings', async () => {
    const s = await tenant('everyone');
    const row = pastRow(s.place.deskIds[0], s.booker.email, 60_000, 1);
    const day = row.startsAt.slice(0, 10);
    await importPast(t, s.admin, [row], { mode: 'anonymize', afterDays: 3650 });
    expect((await found(s.colleague, 'Zelda', day)).map((r) => r.deskLabel)).toEqual(['D1']);
    await setRetention(t, s.admin, 'anonymize', 0);
    await runSweep(t, s.admin);
    await expectNobody(s.colleague, s.booker, 'Zelda', day);
  });

  it('never finds people of another tenant', async () => {
    const s = await tenant('everyone');
    const other = await tenant('everyone');
    await book(other.booker, other.place.deskIds[0], utcAt(1, 9), utcAt(1, 10));
    await expectNobody(s.colleague, other.booker, 'Zelda', dateIn(1));
    expect(await found(other.colleague, 'Zelda', dateIn(1))).toHaveLength(1);
  });

  it('matches %, _ and ! literally', async () => {
    const s = await tenant('everyone');
    await book(s.booker, s.place.deskIds[0], utcAt(1, 9), utcAt(1, 10));
    const percent = await addMember(t.http, s.admin, 'employee', 'Percy 100% Sure');
    await book(percent, s.place.deskIds[1], utcAt(1, 9), utcAt(1, 10));
    expect(await found(s.colleague, '_e', dateIn(1))).toEqual([]);
    expect(await found(s.colleague, '%a', dateIn(1))).toEqual([]);
    expect(await found(s.colleague, '!e', dateIn(1))).toEqual([]);
    expect((await found(s.colleague, '0% s', dateIn(1))).map((r) => r.displayName)).toEqual(['Percy 100% Sure']);
  });

  it('refuses a missing, too short or too long name and a missing or malformed date (400)', async () => {
    const s = await tenant('everyone');
    const bad = [
      `date=${dateIn(1)}`,
      `q=Z&date=${dateIn(1)}`,
      `q=${'Z'.repeat(101)}&date=${dateIn(1)}`,
      `q=%20%20Z%20&date=${dateIn(1)}`,
      'q=Zelda',
      'q=Zelda&date=tomorrow',
      'q=Zelda&date=2026-13-45',
      `q=Zelda&q=Anna&date=${dateIn(1)}`,
    ];
    for (const query of bad) {
      const res = await as(t.http, s.colleague).get(`/api/colleagues?${query}`);
      expect(res.status, query).toBe(400);
      expectError(res, 400, 'VALIDATION_FAILED');
    }
    await as(t.http, s.colleague)
      .get(`/api/colleagues?q=${'Z'.repeat(100)}&date=${dateIn(1)}`)
      .expect(200);
  });

  it('is a booking feature: behind the consent gate', async () => {
    const admin = await signupTenant(t.http, undefined, { consentRequired: true });
    const member = await addMember(t.http, admin, 'employee');
    expectError(await as(t.http, member).get(`/api/colleagues?q=Ada&date=${dateIn(1)}`), 403, 'CONSENT_REQUIRED');
  });
});
