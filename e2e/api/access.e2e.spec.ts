import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, as, expectError, signupTenant, STRONG_PASSWORD, uniqueEmail, type Member, type Role } from './support/factories.js';
import { currentNoticeId } from './support/notices.js';
import { createPlace, utcAt } from './support/places.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * Every operation of the API with who may call it. The first test fails when an operation exists
 * in the OpenAPI document but not here, so a new endpoint cannot ship without an access decision.
 */
const ALL: Role[] = ['employee', 'facility_manager', 'tenant_admin'];
const ADMIN: Role[] = ['tenant_admin'];
const EDITORS: Role[] = ['facility_manager', 'tenant_admin'];
const PUBLIC = 'public' as const;
const ACCESS: Record<string, Role[] | typeof PUBLIC> = {
  'get /api/health': PUBLIC,
  'get /api/health/live': PUBLIC,
  'get /api/health/ready': PUBLIC,
  'post /api/auth/signup': PUBLIC,
  'post /api/auth/confirm-email': PUBLIC,
  'post /api/auth/login': PUBLIC,
  'post /api/auth/invite-preview': PUBLIC,
  'post /api/auth/accept-invite': PUBLIC,
  'get /api/auth/signup-notice': PUBLIC,
  'post /api/auth/invite-notice-pdf': PUBLIC,
  'get /api/auth/sso/discover': PUBLIC,
  'get /api/auth/sso/{tenantSlug}/login': PUBLIC,
  'get /api/auth/sso/callback': PUBLIC,
  'get /api/tenant/sso': ADMIN,
  'put /api/tenant/sso': ADMIN,
  'post /api/auth/password-reset': PUBLIC,
  'post /api/auth/password-reset/confirm': PUBLIC,
  'post /api/auth/logout': ALL,
  'get /api/me': ALL,
  'patch /api/me': ALL,
  'get /api/tenant/settings': ALL,
  'patch /api/tenant/settings': ADMIN,
  'get /api/users': ADMIN,
  'post /api/users': ADMIN,
  'get /api/users/directory': EDITORS,
  'get /api/users/{id}': ADMIN,
  'patch /api/users/{id}': ADMIN,
  'delete /api/users/{id}': ADMIN,
  'post /api/users/{id}/reset-2fa': ADMIN,
  'post /api/users/{id}/resend-invite': ADMIN,
  'get /api/admin/mail-status': ADMIN,
  'get /api/me/notifications': ALL,
  'patch /api/me/notifications': ALL,
  'get /api/admin/audit-log': ADMIN,
  'get /api/admin/compliance/processing-record': ADMIN,
  'get /api/admin/compliance/toms': ADMIN,
  'get /api/analytics/utilization': EDITORS,
  'get /api/analytics/heatmap': EDITORS,
  'get /api/analytics/desks': EDITORS,
  'get /api/analytics/summary': EDITORS,
  'get /api/analytics/status': EDITORS,
  'post /api/analytics/refresh': EDITORS,
  'post /api/me/2fa/setup': ALL,
  'post /api/me/2fa/enable': ALL,
  'post /api/me/2fa/disable': ALL,
  'get /api/me/2fa/recovery-codes': ALL,
  'post /api/me/2fa/recovery-codes': ALL,
  'post /api/me/password': ALL,
  'get /api/me/sessions': ALL,
  'delete /api/me/sessions/{id}': ALL,
  'post /api/me/passkeys/options': ALL,
  'post /api/me/passkeys': ALL,
  'get /api/me/passkeys': ALL,
  'patch /api/me/passkeys/{id}': ALL,
  'delete /api/me/passkeys/{id}': ALL,
  'post /api/auth/passkey/options': PUBLIC,
  'post /api/auth/passkey': PUBLIC,
  'get /api/locations': ALL,
  'post /api/locations': EDITORS,
  'patch /api/locations/{id}': EDITORS,
  'delete /api/locations/{id}': EDITORS,
  'get /api/locations/{id}/floors': ALL,
  'post /api/locations/{id}/floors': EDITORS,
  'get /api/floors/{id}': ALL,
  'patch /api/floors/{id}': EDITORS,
  'delete /api/floors/{id}': EDITORS,
  'put /api/floors/{id}/plan': EDITORS,
  'get /api/floors/{id}/plan': ALL,
  'post /api/floors/{id}/desks': EDITORS,
  'patch /api/desks/{id}': EDITORS,
  'delete /api/desks/{id}': EDITORS,
  'get /api/floors/{id}/qr-sheet.pdf': EDITORS,
  'post /api/floors/{id}/qr-tokens': EDITORS,
  'get /api/desks/by-token/{token}': ALL,
  'get /api/floors/{id}/availability': ALL,
  'post /api/bookings': ALL,
  'get /api/bookings/mine': ALL,
  'get /api/bookings/{id}': ALL,
  'delete /api/bookings/{id}': ALL,
  'post /api/bookings/{id}/check-in': ALL,
  'post /api/floors/{id}/blocks': EDITORS,
  'get /api/floors/{id}/blocks': EDITORS,
  'delete /api/blocks/{id}': EDITORS,
  'get /api/me/calendar.ics': ALL,
  'get /api/me/calendar-feed': ALL,
  'post /api/me/calendar-feed': ALL,
  'delete /api/me/calendar-feed': ALL,
  'get /api/calendar/{token}.ics': PUBLIC,
  'get /api/colleagues': ALL,
  'post /api/bookings/series': ALL,
  'delete /api/bookings/series/{seriesId}': ALL,
  'get /api/me/favourites': ALL,
  'put /api/me/favourites/{deskId}': ALL,
  'delete /api/me/favourites/{deskId}': ALL,
  'put /api/me/usual-desk': ALL,
  'delete /api/me/usual-desk': ALL,
  'get /api/me/export': ALL,
  'delete /api/me': ALL,
  'post /api/admin/anonymization/run': ADMIN,
  'get /api/admin/anonymization/status': ADMIN,
  'post /api/admin/bookings/import': ADMIN,
  'get /api/admin/export': ADMIN,
  'get /api/privacy-notice/current': ALL,
  'get /api/privacy-notice/preview': ADMIN,
  'get /api/privacy-notice/versions': ADMIN,
  'post /api/privacy-notice/versions': ADMIN,
  'get /api/privacy-notice/versions/{id}/pdf': ALL,
  'post /api/consents': ALL,
  'delete /api/consents/current': ALL,
  'get /api/privacy-notice/versions/{id}/consents': ADMIN,
};

/**
 * Tenant-owned resources reachable by id. For each: how to create one in a tenant, so the test
 * can aim another tenant's admin at it.
 */
interface OwnedResource {
  create: (t: TestApp, owner: Member) => Promise<string>;
  /** A body that passes validation, so the request reaches the tenant check. */
  body?: object;
  /** Asserts, as the owner, that the resource is still there and unchanged. */
  stillIntact: (t: TestApp, owner: Member, id: string) => Promise<void>;
}
const deskFloors = new Map<string, string>();
const placeOf = async (t: TestApp, owner: Member) => createPlace(t.http, owner, 1);
const floorIntact = async (t: TestApp, owner: Member, id: string) => {
  const floor = await as(t.http, owner).get(`/api/floors/${id}`).expect(200);
  expect(floor.body).toMatchObject({ id, name: 'Ground floor', desks: [{ label: 'D1', x: 100 }] });
};
let bookingDay = 0;
const bookingOf = async (t: TestApp, owner: Member) => {
  const place = await placeOf(t, owner);
  bookingDay += 1; // one person cannot hold two bookings at once
  const res = await as(t.http, owner)
    .post('/api/bookings')
    .send({ deskId: place.deskIds[0], startsAt: utcAt(bookingDay, 9), endsAt: utcAt(bookingDay, 10) })
    .expect(201);
  return (res.body as { id: string }).id;
};
const bookingIntact = async (t: TestApp, owner: Member, id: string) => {
  expect((await as(t.http, owner).get(`/api/bookings/${id}`).expect(200)).body).toMatchObject({ id, cancelledAt: null, checkedInAt: null });
};
const OWNED_BY_ID: Record<string, OwnedResource> = {
  '/api/locations/{id}': {
    create: async (t, owner) => (await placeOf(t, owner)).locationId,
    body: { name: 'Hijacked' },
    stillIntact: async (t, owner, id) => {
      const all = (await as(t.http, owner).get('/api/locations').expect(200)).body as { id: string; name: string }[];
      expect(all.find((l) => l.id === id)).toMatchObject({ name: 'HQ' });
    },
  },
  '/api/locations/{id}/floors': {
    create: async (t, owner) => (await placeOf(t, owner)).locationId,
    body: { name: 'Hijacked' },
    stillIntact: async (t, owner, id) => {
      expect((await as(t.http, owner).get(`/api/locations/${id}/floors`).expect(200)).body).toHaveLength(1);
    },
  },
  '/api/floors/{id}': {
    create: async (t, owner) => (await placeOf(t, owner)).floorId,
    body: { name: 'Hijacked' },
    stillIntact: floorIntact,
  },
  '/api/floors/{id}/plan': { create: async (t, owner) => (await placeOf(t, owner)).floorId, stillIntact: floorIntact },
  '/api/floors/{id}/desks': {
    create: async (t, owner) => (await placeOf(t, owner)).floorId,
    body: { label: 'X9', x: 1, y: 1 },
    stillIntact: floorIntact,
  },
  '/api/floors/{id}/availability': { create: async (t, owner) => (await placeOf(t, owner)).floorId, stillIntact: floorIntact },
  '/api/floors/{id}/qr-sheet.pdf': { create: async (t, owner) => (await placeOf(t, owner)).floorId, stillIntact: floorIntact },
  '/api/floors/{id}/qr-tokens': { create: async (t, owner) => (await placeOf(t, owner)).floorId, stillIntact: floorIntact },
  '/api/desks/{id}': {
    create: async (t, owner) => {
      const place = await placeOf(t, owner);
      deskFloors.set(place.deskIds[0], place.floorId);
      return place.deskIds[0];
    },
    body: { x: 999 },
    stillIntact: async (t, owner, id) => {
      const floor = (
        await as(t.http, owner)
          .get(`/api/floors/${deskFloors.get(id)}`)
          .expect(200)
      ).body as { desks: { id: string; x: number }[] };
      expect(floor.desks.find((d) => d.id === id)).toMatchObject({ x: 100 });
    },
  },
  '/api/bookings/{id}': { create: bookingOf, stillIntact: bookingIntact },
  '/api/bookings/{id}/check-in': { create: bookingOf, stillIntact: bookingIntact },
  '/api/floors/{id}/blocks': {
    create: async (t, owner) => (await placeOf(t, owner)).floorId,
    body: { from: utcAt(3, 0).slice(0, 10), to: utcAt(3, 0).slice(0, 10), reason: 'Hijacked' },
    stillIntact: async (t, owner, id) => {
      expect((await as(t.http, owner).get(`/api/floors/${id}/blocks`).expect(200)).body).toEqual([]);
    },
  },
  '/api/blocks/{id}': {
    create: async (t, owner) => {
      const place = await placeOf(t, owner);
      const day = utcAt(3, 0).slice(0, 10);
      const res = await as(t.http, owner)
        .post(`/api/floors/${place.floorId}/blocks`)
        .send({ from: day, to: day, reason: 'Painting' })
        .expect(201);
      const id = (res.body as { block: { id: string } }).block.id;
      deskFloors.set(id, place.floorId);
      return id;
    },
    stillIntact: async (t, owner, id) => {
      const blocks = (
        await as(t.http, owner)
          .get(`/api/floors/${deskFloors.get(id)}/blocks`)
          .expect(200)
      ).body as { id: string }[];
      expect(blocks.map((b) => b.id)).toEqual([id]);
    },
  },
  '/api/users/{id}': {
    create: async (t, owner) => (await addMember(t.http, owner, 'employee')).userId,
    stillIntact: async (t, owner, id) => {
      const own = await as(t.http, owner).get(`/api/users/${id}`).expect(200);
      expect(own.body).toMatchObject({ id, role: 'employee', displayName: 'Max Member' });
    },
  },
  '/api/users/{id}/reset-2fa': {
    create: async (t, owner) => (await addMember(t.http, owner, 'employee')).userId,
    body: { password: STRONG_PASSWORD },
    stillIntact: async (t, owner, id) => {
      await as(t.http, owner).get(`/api/users/${id}`).expect(200);
    },
  },
  '/api/users/{id}/resend-invite': {
    create: async (t, owner) =>
      (
        (
          await as(t.http, owner)
            .post('/api/users')
            .send({ email: uniqueEmail('pending'), displayName: 'Pat Pending', role: 'employee' })
            .expect(201)
        ).body as { user: { id: string } }
      ).user.id,
    stillIntact: async (t, owner, id) => {
      const audit = (await as(t.http, owner).get('/api/admin/audit-log').expect(200)).body as { action: string }[];
      expect(audit.map((e) => e.action)).not.toContain('user.invite_resent');
      await as(t.http, owner).get(`/api/users/${id}`).expect(200);
    },
  },
  '/api/privacy-notice/versions/{id}/pdf': {
    create: async (t, owner) =>
      (
        (
          await as(t.http, owner)
            .post('/api/privacy-notice/versions')
            .attach('file', Buffer.from('%PDF-1.4\n%%EOF\n'), 'notice.pdf')
            .expect(201)
        ).body as { id: string }
      ).id,
    stillIntact: async (t, owner, id) => {
      await as(t.http, owner).get(`/api/privacy-notice/versions/${id}/pdf`).expect(200);
    },
  },
  '/api/privacy-notice/versions/{id}/consents': {
    create: (t, owner) => currentNoticeId(t.http, owner),
    stillIntact: async (t, owner, id) => {
      await as(t.http, owner).get(`/api/privacy-notice/versions/${id}/consents`).expect(200);
    },
  },
  '/api/me/sessions/{id}': {
    create: async (t, owner) => ((await as(t.http, owner).get('/api/me/sessions').expect(200)).body as { id: string }[])[0].id,
    stillIntact: async (t, owner, id) => {
      const sessions = (await as(t.http, owner).get('/api/me/sessions').expect(200)).body as { id: string }[];
      expect(sessions.map((s) => s.id)).toContain(id);
    },
  },
  '/api/me/passkeys/{id}': {
    // Written straight to the table: registering needs a WebAuthn ceremony (passkeys.e2e.spec.ts has one).
    create: async (t, owner) => {
      const id = randomUUID();
      await t.app
        .get(DataSource)
        .getRepository('passkeys')
        .insert({
          ...{ id, tenantId: owner.tenantId, userId: owner.userId, credentialId: randomUUID(), publicKey: 'AA', counter: 0 },
          ...{ transports: 'internal', backedUp: false, name: 'Mine', createdAt: new Date(), lastUsedAt: null },
        });
      return id;
    },
    body: { name: 'Hijacked' },
    stillIntact: async (t, owner, id) => {
      expect((await as(t.http, owner).get('/api/me/passkeys').expect(200)).body).toMatchObject([{ id, name: 'Mine' }]);
    },
  },
};

describe('access control', () => {
  let t: TestApp;
  let operations: [Method, string][];

  beforeAll(async () => {
    t = await startTestApp();
    const doc = (await request(t.http).get('/api/docs-json').expect(200)).body as { paths: Record<string, Record<string, unknown>> };
    operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops)
        .filter((m): m is Method => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
        .map((m): [Method, string] => [m, path]),
    );
  });
  afterAll(() => t.close());

  it('has an access decision for every operation in the OpenAPI document', () => {
    const documented = operations.map(([m, p]) => `${m} ${p}`).sort();
    expect(documented).toEqual(Object.keys(ACCESS).sort());
  });

  it('has a cross-tenant check for every path with an id', () => {
    const withId = [...new Set(operations.map(([, p]) => p).filter((p) => p.includes('{id}')))].sort();
    expect(withId).toEqual(Object.keys(OWNED_BY_ID).sort());
  });

  it('refuses every non-public operation without a session (401)', async () => {
    for (const [method, path] of operations) {
      if (ACCESS[`${method} ${path}`] === PUBLIC) continue;
      const res = await request(t.http)[method](path.replace('{id}', '00000000-0000-4000-8000-000000000000')).send({});
      expect(res.status, `${method} ${path}`).toBe(401);
    }
  });

  it('enforces the role matrix on every operation (403 for roles that may not)', async () => {
    const admin = await signupTenant(t.http);
    const members = {
      employee: await addMember(t.http, admin, 'employee'),
      facility_manager: await addMember(t.http, admin, 'facility_manager'),
    };
    for (const [method, path] of operations) {
      const allowed = ACCESS[`${method} ${path}`];
      // Logout would end the member's session half-way through the loop; auth.e2e covers it.
      if (allowed === PUBLIC || path === '/api/auth/logout') continue;
      for (const role of ['employee', 'facility_manager'] as const) {
        const res = await as(t.http, members[role])[method](path.replace('{id}', admin.userId)).send({});
        if (allowed.includes(role)) expect(res.status, `${role} ${method} ${path}`).not.toBe(403);
        else expectError(res, 403, 'FORBIDDEN');
      }
    }
  });

  it('answers 404 to another tenant’s ids on every endpoint, and changes nothing', async () => {
    const owner = await signupTenant(t.http);
    const intruder = await signupTenant(t.http);
    for (const [path, resource] of Object.entries(OWNED_BY_ID)) {
      const id = await resource.create(t, owner);
      const url = path.replace('{id}', id);
      const methods = operations.filter(([, p]) => p === path).map(([m]) => m);
      for (const method of methods) {
        const body = resource.body ?? (path === '/api/users/{id}' ? { displayName: 'Hijacked', role: 'tenant_admin' } : {});
        const intruderAgent = as(t.http, intruder);
        const res = await intruderAgent[method](url).send(method === 'get' || method === 'delete' ? undefined : body);
        expect(res.status, `${method} ${path}`).toBe(404);
        expectError(res, 404, 'NOT_FOUND');
      }
      await resource.stillIntact(t, owner, id);
    }
  });

  it('never lists another tenant’s users or audit events', async () => {
    const a = await signupTenant(t.http);
    const b = await signupTenant(t.http);
    await addMember(t.http, b, 'employee');
    const users = (await as(t.http, a).get('/api/users')).body as { id: string }[];
    expect(users.map((u) => u.id)).toEqual([a.userId]);
    const events = (await as(t.http, a).get('/api/admin/audit-log')).body as unknown[];
    expect(events).toEqual([]);
  });
});
