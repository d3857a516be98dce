import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, as, expectError, signupTenant, type Member } from './support/factories.js';
import { ALWAYS_OPEN, createPlace, utcAt, type Place } from './support/places.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface Block {
  id: string;
  from: string;
  to: string;
  startsAt: string;
  endsAt: string;
  deskIds: string[] | null;
  reason: string;
  createdAt: string;
}
interface ListedBooking {
  id: string;
  deskId: string;
  deskLabel: string;
  startsAt: string;
  endsAt: string;
}
interface DeskAvailability {
  deskId: string;
  label: string;
  status: string;
  bookings: { id: string }[];
  blocked?: { reason: string };
}

/** The UTC day `days` from today, as YYYY-MM-DD (the test places are in UTC). */
const dayIn = (days: number) => utcAt(days, 0).slice(0, 10);

describe('desk blocks', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const block = (member: Member, floorId: string, body: object, confirm = false) =>
    as(t.http, member)
      .post(`/api/floors/${floorId}/blocks${confirm ? '?confirm=true' : ''}`)
      .send(body);
  const book = (member: Member, deskId: string, startsAt: string, endsAt: string) =>
    as(t.http, member).post('/api/bookings').send({ deskId, startsAt, endsAt });
  const availability = async (member: Member, floorId: string, from: string, to: string) =>
    (await as(t.http, member).get(`/api/floors/${floorId}/availability?from=${from}&to=${to}`).expect(200)).body as DeskAvailability[];
  const blocksOf = async (member: Member, floorId: string) =>
    (await as(t.http, member).get(`/api/floors/${floorId}/blocks`).expect(200)).body as Block[];

  describe('who may', () => {
    it('lets facility managers and admins create, list and remove blocks; employees get 403', async () => {
      const admin = await signupTenant(t.http);
      const employee = await addMember(t.http, admin, 'employee');
      const manager = await addMember(t.http, admin, 'facility_manager');
      const place = await createPlace(t.http, admin, 2);
      const body = { from: dayIn(2), to: dayIn(3), reason: 'Carpet cleaning' };

      expectError(await block(employee, place.floorId, body), 403, 'FORBIDDEN');
      expectError(await as(t.http, employee).get(`/api/floors/${place.floorId}/blocks`), 403, 'FORBIDDEN');
      const created = (await block(manager, place.floorId, body).expect(201)).body as { block: Block; cancelled: ListedBooking[] };
      expect(created.cancelled).toEqual([]);
      expect(created.block).toMatchObject({ from: dayIn(2), to: dayIn(3), deskIds: null, reason: 'Carpet cleaning' });
      expectError(await as(t.http, employee).delete(`/api/blocks/${created.block.id}`), 403, 'FORBIDDEN');
      expect((await blocksOf(admin, place.floorId)).map((b) => b.id)).toEqual([created.block.id]);
      await as(t.http, admin).delete(`/api/blocks/${created.block.id}`).expect(204);
      expect(await blocksOf(manager, place.floorId)).toEqual([]);
    });

    it('answers 404 for another tenant’s floor, desks and block; 400 for a desk of another floor', async () => {
      const owner = await signupTenant(t.http);
      const intruder = await signupTenant(t.http);
      const theirs = await createPlace(t.http, owner, 1);
      const mine = await createPlace(t.http, intruder, 1);
      const otherFloor = await createPlace(t.http, intruder, 1);
      const body = { from: dayIn(2), to: dayIn(2), reason: 'Painting' };

      expectError(await block(intruder, theirs.floorId, body), 404, 'NOT_FOUND');
      expectError(await as(t.http, intruder).get(`/api/floors/${theirs.floorId}/blocks`), 404, 'NOT_FOUND');
      expectError(await block(intruder, mine.floorId, { ...body, deskIds: [theirs.deskIds[0]] }), 404, 'NOT_FOUND');
      expectError(await block(intruder, mine.floorId, { ...body, deskIds: [mine.deskIds[0], theirs.deskIds[0]] }), 404, 'NOT_FOUND');
      expectError(await block(intruder, mine.floorId, { ...body, deskIds: [otherFloor.deskIds[0]] }), 400, 'VALIDATION_FAILED');
      const created = (await block(owner, theirs.floorId, body).expect(201)).body as { block: Block };
      expectError(await as(t.http, intruder).delete(`/api/blocks/${created.block.id}`), 404, 'NOT_FOUND');
      expect((await blocksOf(owner, theirs.floorId)).map((b) => b.id)).toEqual([created.block.id]);
    });

    it('refuses reversed, too long, past and malformed ranges, empty reasons and duplicate desks', async () => {
      const admin = await signupTenant(t.http);
      const place = await createPlace(t.http, admin, 1);
      const ok = { from: dayIn(2), to: dayIn(2), reason: 'Painting' };
      expectError(await block(admin, place.floorId, { ...ok, to: dayIn(1) }), 400, 'VALIDATION_FAILED');
      expectError(await block(admin, place.floorId, { ...ok, to: dayIn(2 + 366) }), 400, 'VALIDATION_FAILED');
      expectError(await block(admin, place.floorId, { ...ok, from: dayIn(-5), to: dayIn(-2) }), 400, 'VALIDATION_FAILED');
      expectError(await block(admin, place.floorId, { ...ok, from: '24.12.2026' }), 400, 'VALIDATION_FAILED');
      expectError(await block(admin, place.floorId, { ...ok, reason: '  ' }), 400, 'VALIDATION_FAILED');
      expectError(await block(admin, place.floorId, { ...ok, reason: 'x'.repeat(201) }), 400, 'VALIDATION_FAILED');
      expectError(await block(admin, place.floorId, { ...ok, deskIds: [] }), 400, 'VALIDATION_FAILED');
      expectError(await block(admin, place.floorId, { ...ok, deskIds: [place.deskIds[0], place.deskIds[0]] }), 400, 'VALIDATION_FAILED');
      await block(admin, place.floorId, { ...ok, from: dayIn(-2), to: dayIn(363) }).expect(201);
    });
  });

  it('takes the dates in the location’s time zone: a block for 24 December covers local midnight to midnight', async () => {
    const admin = await signupTenant(t.http);
    const location = await as(t.http, admin)
      .post('/api/locations')
      .send({ name: 'Berlin', timezone: 'Europe/Berlin', openingHours: ALWAYS_OPEN })
      .expect(201);
    const floor = await as(t.http, admin)
      .post(`/api/locations/${(location.body as { id: string }).id}/floors`)
      .send({ name: 'First' })
      .expect(201);
    const floorId = (floor.body as { id: string }).id;
    const desk = await as(t.http, admin).post(`/api/floors/${floorId}/desks`).send({ label: 'B1', x: 1, y: 1 }).expect(201);
    const deskId = (desk.body as { id: string }).id;

    const year =
      new Date().getUTCMonth() === 11 && new Date().getUTCDate() > 23 ? new Date().getUTCFullYear() + 1 : new Date().getUTCFullYear();
    const christmas = (await block(admin, floorId, { from: `${year}-12-24`, to: `${year}-12-24`, reason: 'Closed' }).expect(201)).body as {
      block: Block;
    };
    expect(christmas.block).toMatchObject({
      from: `${year}-12-24`,
      to: `${year}-12-24`,
      startsAt: `${year}-12-23T23:00:00.000Z`,
      endsAt: `${year}-12-24T23:00:00.000Z`,
    });

    // A day within booking reach: the local midnight that starts it is refused, the half hour before it is not.
    const day = DateTime.now().setZone('Europe/Berlin').plus({ days: 3 }).toISODate()!;
    await block(admin, floorId, { from: day, to: day, reason: 'Window repairs' }).expect(201);
    const midnight = DateTime.fromISO(day, { zone: 'Europe/Berlin' }).toUTC();
    const inside = await book(admin, deskId, midnight.toISO()!, midnight.plus({ minutes: 30 }).toISO()!);
    expect(expectError(inside, 409, 'DESK_BLOCKED').details).toEqual({ reason: 'Window repairs' });
    await book(admin, deskId, midnight.minus({ minutes: 30 }).toISO()!, midnight.toISO()!).expect(201);
    const end = midnight.plus({ days: 1 });
    expectError(await book(admin, deskId, end.minus({ minutes: 30 }).toISO()!, end.toISO()!), 409, 'DESK_BLOCKED');
  });

  describe('bookings inside a block', () => {
    async function bookedPlace(): Promise<{ admin: Member; booker: Member; place: Place; bookingIds: string[] }> {
      const admin = await signupTenant(t.http);
      const booker = await addMember(t.http, admin, 'employee', 'Zelda Booker');
      const place = await createPlace(t.http, admin, 3);
      const first = await book(booker, place.deskIds[0], utcAt(2, 9), utcAt(2, 11)).expect(201);
      const second = await book(booker, place.deskIds[1], utcAt(3, 9), utcAt(3, 11)).expect(201);
      return { admin, booker, place, bookingIds: [(first.body as { id: string }).id, (second.body as { id: string }).id] };
    }

    for (const visibility of ['anonymous', 'everyone'] as const) {
      it(`lists them without anyone's name or id and writes nothing without confirm (${visibility})`, async () => {
        const { admin, booker, place, bookingIds } = await bookedPlace();
        await as(t.http, admin)
          .patch('/api/tenant/settings')
          .send({ privacy: { bookingVisibility: visibility } })
          .expect(200);
        const res = await block(admin, place.floorId, { from: dayIn(2), to: dayIn(3), reason: 'Carpet cleaning' });
        const details = expectError(res, 409, 'BLOCK_HAS_BOOKINGS').details as { bookings: ListedBooking[] };
        expect(details.bookings).toEqual([
          { id: bookingIds[0], deskId: place.deskIds[0], deskLabel: 'D1', startsAt: utcAt(2, 9), endsAt: utcAt(2, 11) },
          { id: bookingIds[1], deskId: place.deskIds[1], deskLabel: 'D2', startsAt: utcAt(3, 9), endsAt: utcAt(3, 11) },
        ]);
        for (const secret of [booker.userId, 'Zelda', booker.email]) expect(res.text).not.toContain(secret);

        expect(await blocksOf(admin, place.floorId)).toEqual([]);
        for (const id of bookingIds) {
          expect((await as(t.http, booker).get(`/api/bookings/${id}`).expect(200)).body).toMatchObject({ cancelledAt: null });
        }
        const audit = (await as(t.http, admin).get('/api/admin/audit-log').expect(200)).body as { action: string }[];
        expect(audit.filter((e) => e.action === 'floor.blocked')).toEqual([]);
      });
    }

    it('cancels them with confirm: the person sees the block’s reason; the audit event carries ids, days and the count', async () => {
      const { admin, booker, place, bookingIds } = await bookedPlace();
      await as(t.http, admin)
        .patch('/api/tenant/settings')
        .send({ privacy: { bookingVisibility: 'anonymous' } })
        .expect(200);
      const res = await block(
        admin,
        place.floorId,
        { from: dayIn(2), to: dayIn(2), deskIds: [place.deskIds[0]], reason: 'New chairs' },
        true,
      ).expect(201);
      const body = res.body as { block: Block; cancelled: ListedBooking[] };
      expect(body.block).toMatchObject({ deskIds: [place.deskIds[0]], reason: 'New chairs' });
      expect(body.cancelled.map((b) => b.id)).toEqual([bookingIds[0]]);
      for (const secret of [booker.userId, 'Zelda', booker.email]) expect(res.text).not.toContain(secret);

      const cancelled = (await as(t.http, booker).get(`/api/bookings/${bookingIds[0]}`).expect(200)).body as Record<string, unknown>;
      expect(cancelled).toMatchObject({ cancelReason: 'admin', cancelNote: 'New chairs' });
      expect(cancelled.cancelledAt).not.toBeNull();
      const mine = (await as(t.http, booker).get('/api/bookings/mine').expect(200)).body as { id: string; cancelNote: string | null }[];
      expect(mine.find((b) => b.id === bookingIds[0])?.cancelNote).toBe('New chairs');
      // The other desk's booking is outside the block's desks.
      expect((await as(t.http, booker).get(`/api/bookings/${bookingIds[1]}`).expect(200)).body).toMatchObject({ cancelledAt: null });

      const audit = await as(t.http, admin).get('/api/admin/audit-log').expect(200);
      const event = (audit.body as { action: string; targetId: string; details: Record<string, unknown> }[]).find(
        (e) => e.action === 'floor.blocked',
      );
      expect(event).toMatchObject({
        targetId: place.floorId,
        details: { blockId: body.block.id, from: dayIn(2), to: dayIn(2), desks: 1, cancelledBookings: 1 },
      });
      expect(JSON.stringify(event)).not.toContain(booker.userId);
    });
  });

  describe('booking and availability', () => {
    it('refuses a blocked desk (DESK_BLOCKED with the reason), books it outside the block and shows it unavailable until removed', async () => {
      const admin = await signupTenant(t.http);
      const employee = await addMember(t.http, admin, 'employee');
      const place = await createPlace(t.http, admin, 2);
      const [from, to] = [utcAt(2, 0), utcAt(3, 0)];
      // Warm the shared availability view: the block must not be served from before it.
      expect((await availability(employee, place.floorId, from, to)).map((d) => d.status)).toEqual(['free', 'free']);

      const created = await block(admin, place.floorId, {
        from: dayIn(2),
        to: dayIn(2),
        deskIds: [place.deskIds[0]],
        reason: 'Repairs',
      }).expect(201);
      const blockId = (created.body as { block: Block }).block.id;
      const refused = await book(employee, place.deskIds[0], utcAt(2, 9), utcAt(2, 10));
      expect(expectError(refused, 409, 'DESK_BLOCKED').details).toEqual({ reason: 'Repairs' });
      await book(employee, place.deskIds[0], utcAt(3, 9), utcAt(3, 10)).expect(201);
      await book(admin, place.deskIds[1], utcAt(2, 9), utcAt(2, 10)).expect(201);

      const seen = await availability(employee, place.floorId, from, to);
      expect(seen[0]).toMatchObject({ label: 'D1', status: 'unavailable', blocked: { reason: 'Repairs' } });
      expect(seen[1]).toMatchObject({ label: 'D2', status: 'booked' });
      expect(seen[1]).not.toHaveProperty('blocked');

      await as(t.http, admin).delete(`/api/blocks/${blockId}`).expect(204);
      const freed = await availability(employee, place.floorId, from, to);
      expect(freed[0]).toMatchObject({ status: 'free' });
      expect(freed[0]).not.toHaveProperty('blocked');
      await book(employee, place.deskIds[0], utcAt(2, 9), utcAt(2, 10)).expect(201);
      const audit = (await as(t.http, admin).get('/api/admin/audit-log').expect(200)).body as { action: string; details: unknown }[];
      expect(audit.find((e) => e.action === 'floor.unblocked')).toMatchObject({ details: { blockId } });
    });

    it('refuses every desk of a floor blocked as a whole, desks added later included', async () => {
      const admin = await signupTenant(t.http);
      const place = await createPlace(t.http, admin, 2);
      await block(admin, place.floorId, { from: dayIn(2), to: dayIn(2), reason: 'Company party' }).expect(201);
      const later = await as(t.http, admin).post(`/api/floors/${place.floorId}/desks`).send({ label: 'D9', x: 1, y: 1 }).expect(201);
      for (const deskId of [...place.deskIds, (later.body as { id: string }).id]) {
        expectError(await book(admin, deskId, utcAt(2, 9), utcAt(2, 10)), 409, 'DESK_BLOCKED');
      }
      await book(admin, place.deskIds[0], utcAt(1, 9), utcAt(1, 10)).expect(201);
      const seen = await availability(admin, place.floorId, utcAt(2, 8), utcAt(2, 9));
      expect(seen.map((d) => [d.status, d.blocked?.reason])).toEqual([
        ['unavailable', 'Company party'],
        ['unavailable', 'Company party'],
        ['unavailable', 'Company party'],
      ]);
    });
  });

  it('a block racing parallel bookings for its desks leaves no active booking inside it', async () => {
    const admin = await signupTenant(t.http);
    const place = await createPlace(t.http, admin, 2);
    const people = await Promise.all(Array.from({ length: 6 }, (_, i) => addMember(t.http, admin, 'employee', `Racer ${i}`)));
    const racing = people.map((p, i) => book(p, place.deskIds[i % 2], utcAt(2, 8 + Math.floor(i / 2)), utcAt(2, 9 + Math.floor(i / 2))));
    const blocking = block(admin, place.floorId, { from: dayIn(2), to: dayIn(2), reason: 'Inspection' }, true);
    const [created, ...bookings] = await Promise.all([blocking, ...racing]);
    expect(created.status).toBe(201);
    for (const res of bookings) {
      if (res.status !== 201) expectError(res, 409, 'DESK_BLOCKED');
    }
    const cancelled = new Set((created.body as { cancelled: ListedBooking[] }).cancelled.map((b) => b.id));
    const booked = bookings.filter((r) => r.status === 201).map((r) => (r.body as { id: string }).id);
    expect(booked.filter((id) => !cancelled.has(id))).toEqual([]);
    const seen = await availability(admin, place.floorId, utcAt(2, 0), utcAt(3, 0));
    expect(seen.flatMap((d) => d.bookings)).toEqual([]);
  });
});
