import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY_MS, bookingRow, importPast, pastRow, setRetention } from './support/anonymization.js';
import { STRONG_PASSWORD, addMember, as, expectError, signupTenant, type Member } from './support/factories.js';
import { createPlace, utcAt, type Place } from './support/places.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('data-subject rights', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function tenantWithBookings(): Promise<{ admin: Member; alice: Member; place: Place; past: string; future: string }> {
    const admin = await signupTenant(t.http);
    const alice = await addMember(t.http, admin, 'employee', 'Alice Example');
    const place = await createPlace(t.http, admin, 2);
    const [past] = await importPast(t, admin, [pastRow(place.deskIds[0], alice.email, 2 * DAY_MS)], { mode: 'anonymize', afterDays: 30 });
    const res = await as(t.http, alice)
      .post('/api/bookings')
      .set('Idempotency-Key', 'alice-retry-1')
      .send({ deskId: place.deskIds[1], startsAt: utcAt(1, 9), endsAt: utcAt(1, 12) })
      .expect(201);
    return { admin, alice, place, past, future: (res.body as { id: string }).id };
  }

  describe('GET /me/export', () => {
    it('downloads everything about the caller, and nothing about anyone else', async () => {
      const { admin, alice, past, future } = await tenantWithBookings();
      const res = await as(t.http, alice).get('/api/me/export').expect(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="deskbook-my-data-\d{4}-\d{2}-\d{2}\.json"$/);
      const body = res.body as {
        profile: { id: string; email: string; displayName: string; role: string };
        bookings: { id: string; desk: { label: string; floor: string; location: string }; idempotencyKey: string | null }[];
        sessions: { createdAt: string; userAgent: string | null }[];
        auditEvents: { action: string; about: string; byYou: boolean }[];
        consents: unknown[];
      };
      expect(body.profile).toMatchObject({ id: alice.userId, email: alice.email, displayName: 'Alice Example', role: 'employee' });
      expect(body.bookings.map((b) => b.id).sort()).toEqual([past, future].sort());
      expect(body.bookings[0].desk).toEqual({ label: 'D1', floor: 'Ground floor', location: 'HQ' });
      // The Idempotency-Key the app sent is the client's text, kept for a day: it is theirs too.
      expect(body.bookings.find((b) => b.id === future)?.idempotencyKey).toBe('alice-retry-1');
      expect(body.sessions.length).toBeGreaterThanOrEqual(1);
      expect(body.auditEvents).toContainEqual(expect.objectContaining({ action: 'user.invited', about: 'you', byYou: false }));
      expect(body.consents).toEqual([]);
      const text = JSON.stringify(body);
      for (const other of [admin.userId, admin.email, 'Ada Admin']) expect(text).not.toContain(other);
      expect(text).not.toMatch(/passwordHash|totpSecret|tokenHash|\$argon2/);
    });

    it('leaves out bookings that were anonymized: they no longer belong to anyone', async () => {
      const { admin, alice, past, future } = await tenantWithBookings();
      await setRetention(t, admin, 'anonymize', 1);
      await as(t.http, admin).post('/api/admin/anonymization/run').expect(202);
      await expect.poll(async () => (await bookingRow(t, past))?.userId, { timeout: 20_000 }).toBeNull();
      const body = (await as(t.http, alice).get('/api/me/export').expect(200)).body as { bookings: { id: string }[] };
      expect(body.bookings.map((b) => b.id)).toEqual([future]);
    });
  });

  describe('erasure', () => {
    it('DELETE /me needs the password; a wrong one changes nothing', async () => {
      const { alice, past } = await tenantWithBookings();
      expectError(await as(t.http, alice).delete('/api/me').send({ password: 'not-my-password' }), 403, 'PASSWORD_INCORRECT');
      expectError(await as(t.http, alice).delete('/api/me').send({}), 400, 'VALIDATION_FAILED');
      await as(t.http, alice).get('/api/me').expect(200);
      expect((await bookingRow(t, past))!.userId).toBe(alice.userId);
    });

    it('DELETE /me erases: past bookings anonymized at once, future ones cancelled and anonymized, sessions and account gone', async () => {
      const { admin, alice, place, past, future } = await tenantWithBookings();
      const secondSession = (
        await request(t.http).post('/api/auth/login').send({ email: alice.email, password: STRONG_PASSWORD }).expect(200)
      ).body as { token: string };

      const res = await as(t.http, alice).delete('/api/me').send({ password: STRONG_PASSWORD }).expect(204);
      expect(String(res.headers['set-cookie'])).toMatch(/deskbook_session=;/);

      // Whatever the period (30 days here): anonymized now.
      expect((await bookingRow(t, past))!).toMatchObject({ userId: null, visibleToColleagues: null, cancelledAt: null });
      const cancelled = (await bookingRow(t, future))!;
      expect(cancelled).toMatchObject({ userId: null, cancelReason: 'erased' });
      expect(cancelled.cancelledAt).toBeInstanceOf(Date);
      expect(cancelled.anonymizedAt).toBeInstanceOf(Date);
      // The desk is free again.
      const availability = (
        await as(t.http, admin)
          .get(`/api/floors/${place.floorId}/availability?from=${utcAt(1, 0)}&to=${utcAt(2, 0)}`)
          .expect(200)
      ).body as { deskId: string; status: string }[];
      expect(availability.find((d) => d.deskId === place.deskIds[1])?.status).toBe('free');

      for (const token of [alice.token, secondSession.token])
        expectError(await as(t.http, { token }).get('/api/me'), 401, 'UNAUTHENTICATED');
      expectError(
        await request(t.http).post('/api/auth/login').send({ email: alice.email, password: STRONG_PASSWORD }),
        401,
        'INVALID_CREDENTIALS',
      );
      const db = t.app.get(DataSource);
      for (const table of ['users', 'sessions', 'invites', 'recovery_codes']) {
        const column = table === 'users' ? 'id' : 'userId';
        expect(await db.getRepository(table).countBy({ [column]: alice.userId }), table).toBe(0);
      }
      // The audit log keeps that an erasure happened, not whom it was about.
      const audit = await db
        .getRepository<{ tenantId: string; action: string; actorUserId: string | null; targetId: string | null; details: unknown }>(
          'audit_events',
        )
        .findBy({ tenantId: admin.tenantId });
      expect(JSON.stringify(audit)).not.toContain(alice.userId);
      expect(audit.find((e) => e.action === 'user.erased')).toMatchObject({
        actorUserId: null,
        targetId: null,
        details: { self: true, role: 'employee', bookingsAnonymized: 2, bookingsCancelled: 1 },
      });
    });

    it('removes 2FA secrets with the account', async () => {
      const admin = await signupTenant(t.http);
      const alice = await addMember(t.http, admin, 'employee', 'Alice Example');
      const db = t.app.get(DataSource);
      await db.getRepository('users').update({ id: alice.userId }, { totpSecret: 'encrypted-secret', totpEnabledAt: new Date() });
      await db
        .getRepository('recovery_codes')
        .insert({ id: crypto.randomUUID(), userId: alice.userId, codeHash: 'x'.repeat(64), usedAt: null, createdAt: new Date() });
      await as(t.http, admin).delete(`/api/users/${alice.userId}`).expect(204);
      expect(await db.getRepository('recovery_codes').countBy({ userId: alice.userId })).toBe(0);
      expect(await db.getRepository('users').countBy({ totpSecret: 'encrypted-secret' })).toBe(0);
    });

    it('an admin erasing a user has the same effect', async () => {
      const { admin, alice, past, future } = await tenantWithBookings();
      await as(t.http, admin).delete(`/api/users/${alice.userId}`).expect(204);
      expect((await bookingRow(t, past))!.userId).toBeNull();
      expect((await bookingRow(t, future))!).toMatchObject({ userId: null, cancelReason: 'erased' });
      expectError(await as(t.http, alice).get('/api/me'), 401, 'UNAUTHENTICATED');
      const erased = (await as(t.http, admin).get('/api/admin/audit-log').expect(200)).body as {
        action: string;
        actorUserId: string | null;
      }[];
      expect(erased.find((e) => e.action === 'user.erased')).toMatchObject({ actorUserId: admin.userId });
      await as(t.http, admin).get(`/api/users/${alice.userId}`).expect(404);
    });

    it('the last tenant admin cannot erase themselves', async () => {
      const admin = await signupTenant(t.http);
      expectError(await as(t.http, admin).delete('/api/me').send({ password: STRONG_PASSWORD }), 409, 'LAST_ADMIN');
      await as(t.http, admin).get('/api/me').expect(200);
      // With a second admin, they can.
      const other = await addMember(t.http, admin, 'tenant_admin', 'Second Admin');
      await as(t.http, admin).delete('/api/me').send({ password: STRONG_PASSWORD }).expect(204);
      await as(t.http, other).get('/api/me').expect(200);
    });
  });

  describe('GET /admin/export', () => {
    it('exports the tenant; bookings name people only where visibility allows, anonymized ones never', async () => {
      const { admin, alice, place, past, future } = await tenantWithBookings();
      const other = await signupTenant(t.http);
      const own = (
        await as(t.http, admin)
          .post('/api/bookings')
          .send({ deskId: place.deskIds[0], startsAt: utcAt(1, 9), endsAt: utcAt(1, 10) })
          .expect(201)
      ).body as { id: string };
      type Export = {
        tenant: { id: string; settings: unknown };
        users: { id: string; email: string }[];
        desks: unknown[];
        bookings: { id: string; userId: string | null; anonymizedAt: string | null }[];
      };
      const exportAs = async () => {
        const res = await as(t.http, admin).get('/api/admin/export').expect(200);
        expect(res.headers['content-disposition']).toMatch(/^attachment; filename="deskbook-export-\d{4}-\d{2}-\d{2}\.json"$/);
        return res.body as Export;
      };
      const byId = (e: Export, id: string) => e.bookings.find((b) => b.id === id);

      const everyone = await exportAs();
      expect(everyone.tenant.id).toBe(admin.tenantId);
      expect(everyone.users.map((u) => u.id).sort()).toEqual([admin.userId, alice.userId].sort());
      expect(everyone.desks).toHaveLength(2);
      expect(byId(everyone, future)?.userId).toBe(alice.userId);
      expect(JSON.stringify(everyone)).not.toContain(other.email);

      await as(t.http, admin)
        .patch('/api/tenant/settings')
        .send({ privacy: { bookingVisibility: 'anonymous' } })
        .expect(200);
      const anonymous = await exportAs();
      expect(byId(anonymous, future)?.userId).toBeNull();
      expect(byId(anonymous, past)?.userId).toBeNull();
      expect(byId(anonymous, own.id)?.userId).toBe(admin.userId);

      await as(t.http, admin)
        .patch('/api/tenant/settings')
        .send({ privacy: { bookingVisibility: 'everyone' } })
        .expect(200);
      await as(t.http, admin).delete(`/api/users/${alice.userId}`).expect(204);
      const afterErasure = await exportAs();
      expect(byId(afterErasure, past)).toMatchObject({ userId: null, anonymizedAt: expect.any(String) as unknown });
      expect(JSON.stringify(afterErasure)).not.toContain(alice.userId);
      expect(JSON.stringify(afterErasure)).not.toContain(alice.email);
    });
  });
});
