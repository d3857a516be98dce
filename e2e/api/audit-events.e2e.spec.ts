import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, as, signupTenant, STRONG_PASSWORD, type Member } from './support/factories.js';
import { createPlace, png } from './support/places.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type Event = {
  action: string;
  actorUserId: string | null;
  targetType: string | null;
  targetId: string | null;
  details: Record<string, unknown> | null;
  at: string;
};

describe('audit log: what it records', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const auditLog = async (admin: Member) => {
    const res = await as(t.http, admin).get('/api/admin/audit-log').expect(200);
    return { events: res.body as Event[], raw: res.text };
  };
  const signIn = (email: string, password: string) => request(t.http).post('/api/auth/login').send({ email, password });

  it('records sign-ins, and counts a streak of failures in one event that never holds the password', async () => {
    const admin = await signupTenant(t.http);
    const member = await addMember(t.http, admin, 'employee');
    const wrong = 'Wrong-Password-For-Audit-7';
    for (let i = 0; i < 3; i++) await signIn(member.email, wrong).expect(401);

    let { events, raw } = await auditLog(admin);
    const failures = events.filter((e) => e.action === 'auth.sign_in_failed');
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({
      actorUserId: null,
      targetType: 'user',
      targetId: member.userId,
      details: { failures: 3, firstAt: expect.any(String) as unknown },
    });

    await signIn(member.email, STRONG_PASSWORD).expect(200);
    await signIn(member.email, wrong).expect(401);
    ({ events, raw } = await auditLog(admin));
    expect(events.filter((e) => e.action === 'auth.signed_in')).toEqual([
      expect.objectContaining({ actorUserId: member.userId, targetType: 'user', targetId: member.userId }),
    ]);
    // A sign-in ends the streak: the next failure starts a new event.
    expect(events.filter((e) => e.action === 'auth.sign_in_failed').map((e) => e.details?.failures)).toEqual([1, 3]);
    expect(raw).not.toContain(wrong);
    expect(raw).not.toContain(STRONG_PASSWORD);
    expect(raw).not.toContain(member.email);
  });

  it('records location, floor, plan and desk changes with what changed', async () => {
    const admin = await signupTenant(t.http);
    const place = await createPlace(t.http, admin, 1);
    await as(t.http, admin).patch(`/api/locations/${place.locationId}`).send({ name: 'Headquarters', address: 'Elm St 2' }).expect(200);
    await as(t.http, admin).patch(`/api/floors/${place.floorId}`).send({ level: 2 }).expect(200);
    await as(t.http, admin).put(`/api/floors/${place.floorId}/plan`).attach('file', png(40, 30), 'plan.png').expect(200);
    await as(t.http, admin).patch(`/api/desks/${place.deskIds[0]}`).send({ x: 5, bookable: false }).expect(200);
    await as(t.http, admin).delete(`/api/desks/${place.deskIds[0]}`).expect(204);
    await as(t.http, admin).delete(`/api/floors/${place.floorId}`).expect(204);
    await as(t.http, admin).delete(`/api/locations/${place.locationId}`).expect(204);

    const { events } = await auditLog(admin);
    const placeEvents = events.filter((e) => /^(location|floor|desk)\./.test(e.action)).reverse();
    expect(placeEvents.map((e) => [e.action, e.targetType, e.targetId, e.actorUserId])).toEqual([
      ['location.created', 'location', place.locationId, admin.userId],
      ['floor.created', 'floor', place.floorId, admin.userId],
      ['desk.created', 'desk', place.deskIds[0], admin.userId],
      ['location.updated', 'location', place.locationId, admin.userId],
      ['floor.updated', 'floor', place.floorId, admin.userId],
      ['floor.plan_uploaded', 'floor', place.floorId, admin.userId],
      ['desk.updated', 'desk', place.deskIds[0], admin.userId],
      ['desk.deleted', 'desk', place.deskIds[0], admin.userId],
      ['floor.deleted', 'floor', place.floorId, admin.userId],
      ['location.deleted', 'location', place.locationId, admin.userId],
    ]);
    const details = placeEvents.map((e) => e.details);
    expect(details[0]).toEqual({ name: 'HQ' });
    expect(details[2]).toEqual({ label: 'D1', floor: 'Ground floor' });
    expect(details[3]).toEqual({ name: 'Headquarters', changed: ['name', 'address'] });
    expect(details[4]).toEqual({ name: 'Ground floor', changed: ['level'] });
    expect(details[5]).toEqual({ name: 'Ground floor', width: 40, height: 30 });
    expect(details[6]).toEqual({ label: 'D1', floor: 'Ground floor', changed: ['x', 'bookable'] });
    expect(details[9]).toEqual({ name: 'Headquarters' });
  });

  it('records the company export and role changes, by whom', async () => {
    const admin = await signupTenant(t.http);
    const member = await addMember(t.http, admin, 'employee');
    await as(t.http, admin).patch(`/api/users/${member.userId}`).send({ role: 'facility_manager' }).expect(200);
    await as(t.http, admin).get('/api/admin/export').expect(200);
    const { events } = await auditLog(admin);
    expect(events.find((e) => e.action === 'tenant.exported')).toMatchObject({
      actorUserId: admin.userId,
      targetType: 'tenant',
      targetId: admin.tenantId,
    });
    expect(events.find((e) => e.action === 'user.role_changed')).toMatchObject({
      actorUserId: admin.userId,
      targetId: member.userId,
      details: { from: 'employee', to: 'facility_manager' },
    });
  });

  it('words a settings change as structured fields: the setting, its old and its new value', async () => {
    const admin = await signupTenant(t.http);
    await as(t.http, admin)
      .patch('/api/tenant/settings')
      .send({ privacy: { bookingVisibility: 'user_choice' } })
      .expect(200);
    const { events } = await auditLog(admin);
    expect(events.find((e) => e.action === 'settings.changed')?.details).toEqual({
      changes: [{ setting: 'privacy.bookingVisibility', from: 'everyone', to: 'user_choice' }],
    });
  });
});
