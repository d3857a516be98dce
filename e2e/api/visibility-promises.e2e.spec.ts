import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, type Member } from './support/factories.js';
import { setBookingVisibility, utcAt, visibilityCast, type BookingVisibility } from './support/places.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type DeskView = { bookings: { id: string; mine: boolean; bookedBy: { displayName: string } | null }[] };
type TenantExport = { bookings: { id: string; userId: string | null }[] };

/**
 * DESIGN.md "Visibility": a setting change never reveals more than was promised when a booking was
 * made. Loosening applies to bookings made afterwards; tightening applies at once.
 */
describe('visibility keeps the promise made at booking time', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const setVisibility = (admin: Member, visibility: BookingVisibility) => setBookingVisibility(t.http, admin, visibility);

  async function tenant(visibility: BookingVisibility) {
    const cast = await visibilityCast(t.http, visibility, 2);
    const { place } = cast;
    const book = async (who: Member, desk: number, day: number, extra: object = {}) =>
      (
        (
          await as(t.http, who)
            .post('/api/bookings')
            .send({ deskId: place.deskIds[desk], startsAt: utcAt(day, 9), endsAt: utcAt(day, 10), ...extra })
            .expect(201)
        ).body as { id: string }
      ).id;
    return { ...cast, book };
  }

  const identifiers = (booker: Member) => ['Zelda', 'Zimmermann', booker.userId, booker.email];
  const leaks = (raw: string, booker: Member) => identifiers(booker).filter((s) => raw.includes(s));

  /** Every path that reveals this booking to `viewer`, checked on the raw bodies. */
  async function expectHidden(s: Awaited<ReturnType<typeof tenant>>, bookingId: string, day: number) {
    for (const viewer of [s.colleague, s.manager, s.admin]) {
      const avail = await as(t.http, viewer)
        .get(`/api/floors/${s.place.floorId}/availability?from=${utcAt(day, 0)}&to=${utcAt(day + 1, 0)}`)
        .expect(200);
      const seen = (avail.body as DeskView[]).flatMap((d) => d.bookings).find((b) => b.id === bookingId);
      expect(seen).toMatchObject({ mine: false, bookedBy: null });
      expect(leaks(avail.text, s.booker)).toEqual([]);
      const details = await as(t.http, viewer).get(`/api/bookings/${bookingId}`).expect(200);
      expect(details.body).toMatchObject({ bookedBy: null, mine: false, visibleToColleagues: null });
      expect(leaks(details.text, s.booker)).toEqual([]);
      const calendar = await as(t.http, viewer).get('/api/me/calendar.ics').expect(200);
      expect(leaks(calendar.text, s.booker)).toEqual([]);
    }
    // The admin export lists the people of the tenant; the booking's own row must not point to one.
    const exported = (await as(t.http, s.admin).get('/api/admin/export').expect(200)).body as TenantExport;
    const row = exported.bookings.find((b) => b.id === bookingId);
    expect(row?.userId).toBeNull();
    expect(leaks(JSON.stringify(row), s.booker)).toEqual([]);
  }

  async function expectShown(s: Awaited<ReturnType<typeof tenant>>, bookingId: string, day: number) {
    const avail = await as(t.http, s.colleague)
      .get(`/api/floors/${s.place.floorId}/availability?from=${utcAt(day, 0)}&to=${utcAt(day + 1, 0)}`)
      .expect(200);
    const seen = (avail.body as DeskView[]).flatMap((d) => d.bookings).find((b) => b.id === bookingId);
    expect(seen?.bookedBy).toEqual({ displayName: 'Zelda Zimmermann' });
    const details = await as(t.http, s.colleague).get(`/api/bookings/${bookingId}`).expect(200);
    expect(details.body).toMatchObject({ bookedBy: { displayName: 'Zelda Zimmermann' } });
    const exported = (await as(t.http, s.admin).get('/api/admin/export').expect(200)).body as TenantExport;
    expect(exported.bookings.find((b) => b.id === bookingId)?.userId).toBe(s.booker.userId);
  }

  it('user_choice → everyone: a person who hid their name stays hidden everywhere; bookings made afterwards show it', async () => {
    const s = await tenant('user_choice');
    const hidden = await s.book(s.booker, 0, 1, { visibleToColleagues: false });
    await expectHidden(s, hidden, 1);

    await setVisibility(s.admin, 'everyone');
    await expectHidden(s, hidden, 1);
    // The booker still sees it as theirs.
    const own = await as(t.http, s.booker).get(`/api/bookings/${hidden}`).expect(200);
    expect(own.body).toMatchObject({ mine: true, visibleToColleagues: false });

    const later = await s.book(s.booker, 1, 2);
    await expectShown(s, later, 2);
  });

  it('anonymous → everyone: earlier bookings stay anonymous, new ones show the name', async () => {
    const s = await tenant('anonymous');
    const earlier = await s.book(s.booker, 0, 1, { visibleToColleagues: true });
    await setVisibility(s.admin, 'everyone');
    await expectHidden(s, earlier, 1);
    const later = await s.book(s.booker, 1, 1, { startsAt: utcAt(1, 11), endsAt: utcAt(1, 12) });
    await expectShown(s, later, 1);
  });

  it('anonymous → user_choice: an earlier booking stays anonymous even where the person chose to be seen', async () => {
    const s = await tenant('anonymous');
    const earlier = await s.book(s.booker, 0, 1, { visibleToColleagues: true });
    await setVisibility(s.admin, 'user_choice');
    await expectHidden(s, earlier, 1);
  });

  it('everyone → anonymous and user_choice → anonymous: names vanish at once', async () => {
    for (const from of ['everyone', 'user_choice'] as const) {
      const s = await tenant(from);
      const id = await s.book(s.booker, 0, 1, { visibleToColleagues: true });
      await expectShown(s, id, 1);
      await setVisibility(s.admin, 'anonymous');
      await expectHidden(s, id, 1);
    }
  });

  it('everyone → user_choice: a booking whose person asked to stay hidden hides at once', async () => {
    const s = await tenant('everyone');
    const id = await s.book(s.booker, 0, 1, { visibleToColleagues: false });
    await expectShown(s, id, 1);
    await setVisibility(s.admin, 'user_choice');
    await expectHidden(s, id, 1);
  });

  it('imported bookings keep the promise of the setting at import time', async () => {
    const s = await tenant('anonymous');
    const res = await as(t.http, s.admin)
      .post('/api/admin/bookings/import')
      .send([{ deskId: s.place.deskIds[0], userEmail: s.booker.email, startsAt: utcAt(1, 9), endsAt: utcAt(1, 10) }]);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    await setVisibility(s.admin, 'everyone');
    const avail = await as(t.http, s.colleague)
      .get(`/api/floors/${s.place.floorId}/availability?from=${utcAt(1, 0)}&to=${utcAt(2, 0)}`)
      .expect(200);
    const id = (avail.body as DeskView[])[0].bookings[0].id;
    await expectHidden(s, id, 1);
  });
});
