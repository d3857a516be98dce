import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookingRow, moveIntoPast, runSweep, setRetention } from './support/anonymization.js';
import { addMember, as, expectError, signupTenant, type Member } from './support/factories.js';
import { acceptCurrentNotice } from './support/notices.js';
import { createPlace, utcAt, type Place } from './support/places.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface BookingBody {
  id: string;
  mine: boolean;
  bookedBy: { displayName: string } | null;
  bookedByStaff: { displayName: string } | null;
  cancelledAt: string | null;
  cancelReason: string | null;
  cancelNote: string | null;
}
interface AuditEventBody {
  action: string;
  actorUserId: string | null;
  targetType: string | null;
  targetId: string | null;
  details: unknown;
}

const PERSON = 'Paula Person';

/** Staff booking for someone and cancelling with a reason, under the visibility rule (issue 18). */
describe('staff book for a person and cancel with a reason', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** A tenant under `anonymous` with a facility manager, the person, a colleague, and a floor. */
  async function office(visibility: 'anonymous' | 'everyone' | 'user_choice' = 'anonymous') {
    const admin = await signupTenant(t.http);
    await as(t.http, admin)
      .patch('/api/tenant/settings')
      .send({ privacy: { bookingVisibility: visibility } })
      .expect(200);
    const manager = await addMember(t.http, admin, 'facility_manager', 'Anna Schmidt');
    const person = await addMember(t.http, admin, 'employee', PERSON);
    const colleague = await addMember(t.http, admin, 'employee', 'Carl Colleague');
    const place = await createPlace(t.http, admin, 3);
    return { admin, manager, person, colleague, place };
  }

  const bookFor = (staff: Member, place: Place, forUserId: string, day = 1, extra: object = {}) =>
    as(t.http, staff)
      .post('/api/bookings')
      .send({ deskId: place.deskIds[0], startsAt: utcAt(day, 9), endsAt: utcAt(day, 10), forUserId, ...extra });

  const expectNoTraceOf = (raw: string, person: Member) => {
    expect(raw).not.toContain(person.userId);
    expect(raw).not.toContain(PERSON);
    expect(raw).not.toContain(person.email);
  };

  it('lets staff book for a person: the booking is theirs, and only they see who booked it for them', async () => {
    const { admin, manager, person, colleague, place } = await office();
    const res = await bookFor(manager, place, person.userId).expect(201);
    // The staff member's own answer does not name the person under `anonymous`.
    expectNoTraceOf(res.text, person);
    const booking = res.body as BookingBody;
    expect(booking).toMatchObject({ mine: false, bookedBy: null, bookedByStaff: null });

    const mine = (await as(t.http, person).get('/api/bookings/mine').expect(200)).body as BookingBody[];
    expect(mine).toEqual([
      expect.objectContaining({
        id: booking.id,
        mine: true,
        bookedBy: { displayName: PERSON },
        bookedByStaff: { displayName: 'Anna Schmidt' },
      }),
    ]);
    const row = await bookingRow(t, booking.id);
    expect(row).toMatchObject({ userId: person.userId, bookedById: manager.userId });

    for (const viewer of [colleague, manager, admin]) {
      const one = await as(t.http, viewer).get(`/api/bookings/${booking.id}`).expect(200);
      expectNoTraceOf(one.text, person);
      expect(one.body).toMatchObject({ bookedBy: null, bookedByStaff: null });
      const floor = await as(t.http, viewer)
        .get(`/api/floors/${place.floorId}/availability?from=${utcAt(1, 0)}&to=${utcAt(2, 0)}`)
        .expect(200);
      expectNoTraceOf(floor.text, person);
      expect(floor.text).toContain(booking.id);
    }
    // A second booking at the same time is refused without naming the person either.
    const taken = await bookFor(admin, place, colleague.userId);
    expectError(taken, 409, 'DESK_TAKEN');
    expectNoTraceOf(taken.text, person);
  });

  it('checks the person’s overlap and booking rules, not the staff member’s', async () => {
    const { admin, manager, person, place } = await office();
    // The staff member's own booking at that time does not stand in the way.
    await as(t.http, manager)
      .post('/api/bookings')
      .send({ deskId: place.deskIds[1], startsAt: utcAt(1, 9), endsAt: utcAt(1, 10) })
      .expect(201);
    await bookFor(manager, place, person.userId).expect(201);
    // The person already has a booking then: on another desk it is still refused.
    const overlap = await as(t.http, admin)
      .post('/api/bookings')
      .send({ deskId: place.deskIds[2], startsAt: utcAt(1, 9, 30), endsAt: utcAt(1, 11), forUserId: person.userId });
    expectError(overlap, 409, 'USER_OVERLAP');
    expectNoTraceOf(overlap.text, person);
    const past = await bookFor(manager, place, person.userId, -2);
    expect(expectError(past, 422, 'BOOKING_RULE_VIOLATED').details).toEqual({ rule: 'IN_THE_PAST' });
    const far = await bookFor(manager, place, person.userId, 60);
    expect(expectError(far, 422, 'BOOKING_RULE_VIOLATED').details).toEqual({ rule: 'TOO_FAR_AHEAD' });
  });

  it('refuses forUserId from an employee (403) and unknown or foreign people (404)', async () => {
    const { admin, person, colleague, place } = await office();
    expectError(await bookFor(colleague, place, person.userId), 403, 'FORBIDDEN');
    // Even naming themselves: the field is staff's.
    expectError(await bookFor(colleague, place, colleague.userId), 403, 'FORBIDDEN');
    const other = await signupTenant(t.http);
    expectError(await bookFor(admin, place, other.userId), 404, 'NOT_FOUND');
    expectError(await bookFor(admin, place, 'no-such-user'), 404, 'NOT_FOUND');
    // An invitation nobody accepted is no member yet.
    const invited = await as(t.http, admin)
      .post('/api/users')
      .send({ email: 'not.yet@e2e.example.com', displayName: 'Ina Invited', role: 'employee' });
    const invitedId = (invited.body as { user: { id: string } }).user.id;
    expectError(await bookFor(admin, place, invitedId), 404, 'NOT_FOUND');
    // Another tenant's desk, for a member of this tenant.
    const foreignPlace = await createPlace(t.http, other, 1);
    expectError(await bookFor(admin, foreignPlace, person.userId), 404, 'NOT_FOUND');
    expect((await as(t.http, person).get('/api/bookings/mine').expect(200)).body).toEqual([]);
  });

  it('keeps the choice to be shown with the person: staff may hide a booking, not show it', async () => {
    const { manager, person, colleague, place } = await office('user_choice');
    const shown = await bookFor(manager, place, person.userId, 1, { visibleToColleagues: true });
    expectError(shown, 400, 'VALIDATION_FAILED');
    const hidden = (await bookFor(manager, place, person.userId, 1, { visibleToColleagues: false }).expect(201)).body as BookingBody;
    expect(await bookingRow(t, hidden.id)).toMatchObject({ visibleToColleagues: false });
    const seen = await as(t.http, colleague).get(`/api/bookings/${hidden.id}`).expect(200);
    expectNoTraceOf(seen.text, person);
    // Without a choice the tenant's default applies (userChoiceDefault: true out of the box).
    const byDefault = (await bookFor(manager, place, person.userId, 2).expect(201)).body as BookingBody;
    expect(await bookingRow(t, byDefault.id)).toMatchObject({ visibleToColleagues: true });
  });

  it('honours Idempotency-Key: a retry returns the same booking, the key for someone else is refused', async () => {
    const { manager, person, colleague, place } = await office();
    const first = await bookFor(manager, place, person.userId).set('Idempotency-Key', 'staff-key-1').expect(201);
    const retry = await bookFor(manager, place, person.userId).set('Idempotency-Key', 'staff-key-1').expect(201);
    expect((retry.body as BookingBody).id).toBe((first.body as BookingBody).id);
    const reused = await bookFor(manager, place, colleague.userId).set('Idempotency-Key', 'staff-key-1');
    expectError(reused, 422, 'IDEMPOTENCY_KEY_REUSED');
    expect((await as(t.http, person).get('/api/bookings/mine').expect(200)).body).toHaveLength(1);
  });

  it('refuses to book for a person who has not accepted the current notice (409 PERSON_CONSENT_REQUIRED)', async () => {
    const admin = await signupTenant(t.http, undefined, { consentRequired: true });
    await acceptCurrentNotice(t.http, admin);
    const person = await addMember(t.http, admin, 'employee', PERSON);
    const place = await createPlace(t.http, admin, 1);
    const refused = await bookFor(admin, place, person.userId);
    expectError(refused, 409, 'PERSON_CONSENT_REQUIRED');
    expectNoTraceOf(refused.text, person);
    await acceptCurrentNotice(t.http, person);
    await bookFor(admin, place, person.userId).expect(201);
  });

  it('cancels with a reason the person reads in their bookings, which colleagues never see', async () => {
    const { admin, manager, person, colleague, place } = await office();
    const booking = (await bookFor(manager, place, person.userId).expect(201)).body as BookingBody;
    // Express parses a JSON body on DELETE too; the reason is trimmed.
    await as(t.http, admin).delete(`/api/bookings/${booking.id}`).send({ reason: '  Floor closed for cleaning  ' }).expect(204);

    const mine = (await as(t.http, person).get('/api/bookings/mine').expect(200)).body as BookingBody[];
    expect(mine).toEqual([
      expect.objectContaining({
        id: booking.id,
        cancelledAt: expect.any(String) as unknown,
        cancelReason: 'admin',
        cancelNote: 'Floor closed for cleaning',
        bookedByStaff: { displayName: 'Anna Schmidt' },
      }),
    ]);
    const asColleague = await as(t.http, colleague).get(`/api/bookings/${booking.id}`).expect(200);
    expect(asColleague.body).toMatchObject({ cancelReason: 'admin', cancelNote: null, bookedByStaff: null });
    expect(asColleague.text).not.toContain('cleaning');
    const asStaff = await as(t.http, manager).get(`/api/bookings/${booking.id}`).expect(200);
    expect(asStaff.body).toMatchObject({ cancelNote: 'Floor closed for cleaning', bookedBy: null });
    expectNoTraceOf(asStaff.text, person);

    // The audit events: ids of the booking and the staff member only, never the person under `anonymous`.
    const log = (await as(t.http, admin).get('/api/admin/audit-log').expect(200)).body as AuditEventBody[];
    const about = log.filter((e) => e.targetId === booking.id);
    expect(about.map((e) => [e.action, e.actorUserId]).sort()).toEqual([
      ['booking.cancelled', admin.userId],
      ['booking.created_for_person', manager.userId],
    ]);
    expectNoTraceOf(JSON.stringify(about), person);
  });

  it('validates the reason (1…500 characters after trimming) and ignores one on the caller’s own booking', async () => {
    const { admin, person, colleague, place } = await office();
    const booking = (await bookFor(admin, place, person.userId).expect(201)).body as BookingBody;
    expectError(await as(t.http, admin).delete(`/api/bookings/${booking.id}`).send({ reason: '   ' }), 400, 'VALIDATION_FAILED');
    expectError(
      await as(t.http, admin)
        .delete(`/api/bookings/${booking.id}`)
        .send({ reason: 'x'.repeat(501) }),
      400,
      'VALIDATION_FAILED',
    );
    // An employee cancelling someone else's booking stays refused, with or without a reason.
    expectError(await as(t.http, colleague).delete(`/api/bookings/${booking.id}`).send({ reason: 'mine now' }), 403, 'FORBIDDEN');
    expectError(await as(t.http, colleague).delete(`/api/bookings/${booking.id}`), 403, 'FORBIDDEN');
    expect(await bookingRow(t, booking.id)).toMatchObject({ cancelledAt: null });
    // Without a reason staff still cancel, as before.
    await as(t.http, admin).delete(`/api/bookings/${booking.id}`).expect(204);
    expect(await bookingRow(t, booking.id)).toMatchObject({ cancelReason: 'admin', cancelNote: null });

    const own = (
      await as(t.http, colleague)
        .post('/api/bookings')
        .send({ deskId: place.deskIds[1], startsAt: utcAt(1, 9), endsAt: utcAt(1, 10) })
        .expect(201)
    ).body as BookingBody;
    await as(t.http, colleague).delete(`/api/bookings/${own.id}`).send({ reason: 'Working from home' }).expect(204);
    expect(await bookingRow(t, own.id)).toMatchObject({ cancelReason: 'user', cancelNote: null });
  });

  it('answers 404 for another tenant’s booking, with or without a reason, and leaves it alone', async () => {
    const { manager, person, place } = await office();
    const booking = (await bookFor(manager, place, person.userId).expect(201)).body as BookingBody;
    const other = await signupTenant(t.http);
    expectError(await as(t.http, other).delete(`/api/bookings/${booking.id}`).send({ reason: 'Nope' }), 404, 'NOT_FOUND');
    expect(await bookingRow(t, booking.id)).toMatchObject({ cancelledAt: null, cancelNote: null });
  });

  it('anonymization clears who booked for the person and the staff’s reason', async () => {
    const { admin, manager, person, place } = await office();
    const booking = (await bookFor(manager, place, person.userId).expect(201)).body as BookingBody;
    await as(t.http, manager).delete(`/api/bookings/${booking.id}`).send({ reason: 'Desk broken' }).expect(204);
    await moveIntoPast(t, booking.id, 2 * 3_600_000);
    await setRetention(t, admin, 'anonymize', 0);
    await runSweep(t, admin);
    expect(await bookingRow(t, booking.id)).toMatchObject({
      userId: null,
      bookedById: null,
      cancelNote: null,
      cancelReason: 'admin',
      anonymizedAt: expect.any(Date) as unknown,
    });
    const log = (await as(t.http, admin).get('/api/admin/audit-log').expect(200)).body as AuditEventBody[];
    expect(log.filter((e) => e.targetId === booking.id)).toEqual([]);
  });

  describe('member directory', () => {
    it('finds active members by part of their name for staff: ids and names only, at most 20', async () => {
      const { admin, manager, person, colleague } = await office();
      await as(t.http, admin)
        .post('/api/users')
        .send({ email: 'paul.pending@e2e.example.com', displayName: 'Paul Pending', role: 'employee' });
      for (const staff of [manager, admin]) {
        const res = await as(t.http, staff).get('/api/users/directory?q=pAU').expect(200);
        expect(res.body).toEqual([{ id: person.userId, displayName: PERSON }]);
        expect(res.text).not.toContain(person.email);
      }
      expectError(await as(t.http, colleague).get('/api/users/directory?q=pau'), 403, 'FORBIDDEN');
      expectError(await as(t.http, manager).get('/api/users/directory?q=p'), 400, 'VALIDATION_FAILED');
      expectError(await as(t.http, manager).get('/api/users/directory?q=%20p%20'), 400, 'VALIDATION_FAILED');
      expectError(await as(t.http, manager).get('/api/users/directory'), 400, 'VALIDATION_FAILED');
      // LIKE wildcards are searched for as text.
      expect((await as(t.http, manager).get('/api/users/directory?q=%25%25').expect(200)).body).toEqual([]);
      expect((await as(t.http, manager).get('/api/users/directory?q=__').expect(200)).body).toEqual([]);
    });

    it('never lists another tenant’s people and stops at 20', async () => {
      const admin = await signupTenant(t.http);
      const other = await signupTenant(t.http);
      // Straight into the table: accepting 22 invitations through the API would hash 22 passwords.
      const member = (tenantId: string, displayName: string) => ({
        id: randomUUID(),
        tenantId,
        email: `member.${randomUUID()}@e2e.example.com`,
        displayName,
        role: 'employee',
        passwordHash: 'not-a-real-hash',
        locale: 'en',
        createdAt: new Date(),
      });
      const people = [
        member(other.tenantId, 'Zora Zimmer'),
        ...Array.from({ length: 21 }, (_, i) => member(admin.tenantId, `Many Member ${String(i).padStart(2, '0')}`)),
      ];
      await t.app.get(DataSource).getRepository('users').insert(people);
      expect((await as(t.http, admin).get('/api/users/directory?q=zora').expect(200)).body).toEqual([]);
      const many = (await as(t.http, admin).get('/api/users/directory?q=many').expect(200)).body as { displayName: string }[];
      expect(many).toHaveLength(20);
      expect(many[0].displayName).toBe('Many Member 00');
    });
  });
});
