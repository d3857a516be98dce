import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, as, expectError, signupTenant } from './support/factories.js';
import { ALWAYS_OPEN, createPlace, png } from './support/places.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('locations, floors, plans and desks', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('creates a location with default opening hours Mon–Fri 08:00–18:00', async () => {
    const admin = await signupTenant(t.http);
    const res = await as(t.http, admin).post('/api/locations').send({ name: 'Berlin HQ', timezone: 'Europe/Berlin' }).expect(201);
    expect(res.body).toMatchObject({
      name: 'Berlin HQ',
      address: '',
      timezone: 'Europe/Berlin',
      openingHours: { mon: { open: '08:00', close: '18:00' }, fri: { open: '08:00', close: '18:00' }, sat: null, sun: null },
    });
    expect((await as(t.http, admin).get('/api/locations').expect(200)).body).toHaveLength(1);
  });

  it('validates locations: IANA time zone, HH:MM hours, name', async () => {
    const admin = await signupTenant(t.http);
    const res = await as(t.http, admin)
      .post('/api/locations')
      .send({ name: '', timezone: 'Mars/Olympus', openingHours: { ...ALWAYS_OPEN, mon: { open: '8am', close: '18:00' } } });
    const fields = (expectError(res, 400, 'VALIDATION_FAILED').details as { field: string }[]).map((d) => d.field).sort();
    expect(fields).toEqual(['name', 'openingHours.mon.open', 'timezone']);
  });

  it('lets facility managers and admins edit places; employees only read them', async () => {
    const admin = await signupTenant(t.http);
    const manager = await addMember(t.http, admin, 'facility_manager');
    const employee = await addMember(t.http, admin, 'employee');
    const place = await createPlace(t.http, manager, 1);
    expectError(await as(t.http, employee).post('/api/locations').send({ name: 'X', timezone: 'UTC' }), 403, 'FORBIDDEN');
    expectError(await as(t.http, employee).post(`/api/floors/${place.floorId}/desks`).send({ label: 'E1', x: 1, y: 1 }), 403, 'FORBIDDEN');
    expectError(await as(t.http, employee).patch(`/api/desks/${place.deskIds[0]}`).send({ x: 5 }), 403, 'FORBIDDEN');
    const floor = await as(t.http, employee).get(`/api/floors/${place.floorId}`).expect(200);
    expect(floor.body).toMatchObject({
      id: place.floorId,
      name: 'Ground floor',
      hasPlan: false,
      desks: [{ label: 'D1', x: 100, y: 50, zone: 'North', amenities: ['monitor'], bookable: true }],
    });
  });

  it('keeps desk labels unique per floor (409 DESK_LABEL_TAKEN), also on rename', async () => {
    const admin = await signupTenant(t.http);
    const place = await createPlace(t.http, admin, 2);
    expectError(
      await as(t.http, admin).post(`/api/floors/${place.floorId}/desks`).send({ label: 'D1', x: 1, y: 1 }),
      409,
      'DESK_LABEL_TAKEN',
    );
    expectError(await as(t.http, admin).patch(`/api/desks/${place.deskIds[1]}`).send({ label: 'D1' }), 409, 'DESK_LABEL_TAKEN');
    // Another floor may reuse the label.
    const other = await as(t.http, admin).post(`/api/locations/${place.locationId}/floors`).send({ name: 'First' }).expect(201);
    await as(t.http, admin)
      .post(`/api/floors/${(other.body as { id: string }).id}/desks`)
      .send({ label: 'D1', x: 1, y: 1 })
      .expect(201);
  });

  it('moves, edits and deletes desks', async () => {
    const admin = await signupTenant(t.http);
    const place = await createPlace(t.http, admin, 1);
    const moved = await as(t.http, admin)
      .patch(`/api/desks/${place.deskIds[0]}`)
      .send({ x: 321.5, y: 12, zone: null, bookable: false, amenities: ['standing'] })
      .expect(200);
    expect(moved.body).toMatchObject({ x: 321.5, y: 12, zone: null, bookable: false, amenities: ['standing'] });
    expectError(await as(t.http, admin).patch(`/api/desks/${place.deskIds[0]}`).send({ x: 'left' }), 400, 'VALIDATION_FAILED');
    await as(t.http, admin).delete(`/api/desks/${place.deskIds[0]}`).expect(204);
    expect(((await as(t.http, admin).get(`/api/floors/${place.floorId}`)).body as { desks: unknown[] }).desks).toEqual([]);
  });

  it('stores a PNG plan with its dimensions read from the image, and serves it back', async () => {
    const admin = await signupTenant(t.http);
    const place = await createPlace(t.http, admin, 0);
    const image = png(40, 25);
    const res = await as(t.http, admin)
      .put(`/api/floors/${place.floorId}/plan`)
      .attach('file', image, { filename: 'plan.bin', contentType: 'application/octet-stream' })
      .expect(200);
    expect(res.body).toMatchObject({ hasPlan: true, planMimeType: 'image/png', planWidth: 40, planHeight: 25 });
    const served = await as(t.http, admin)
      .get(`/api/floors/${place.floorId}/plan`)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(served.body as Buffer, image)).toBe(0);
    // Browsers revalidate (no-cache): unchanged → 304, so a replaced plan shows at once.
    expect(served.headers['cache-control']).toContain('no-cache');
    await as(t.http, admin)
      .get(`/api/floors/${place.floorId}/plan`)
      .set('If-Modified-Since', String(served.headers['last-modified']))
      .expect(304);
  });

  it('sanitizes an SVG plan (no scripts, handlers or external references) and serves it with a restrictive CSP', async () => {
    const admin = await signupTenant(t.http);
    const place = await createPlace(t.http, admin, 0);
    const svg = `<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="800" height="600" onload="alert(1)">
  <script>alert('x')</script>
  <rect id="r" width="10" height="10" fill="url(https://evil.example/p.svg#x)"/>
  <image xlink:href="https://evil.example/track.png" width="5" height="5"/>
  <use href="#r"/>
  <foreignObject><div>hi</div></foreignObject>
  <a href="javascript:alert(1)"><text x="1" y="1">Room</text></a>
</svg>`;
    const res = await as(t.http, admin)
      .put(`/api/floors/${place.floorId}/plan`)
      .attach('file', Buffer.from(svg), { filename: 'plan.png', contentType: 'image/png' })
      .expect(200);
    expect(res.body).toMatchObject({ planMimeType: 'image/svg+xml', planWidth: 800, planHeight: 600 });
    const served = await as(t.http, admin).get(`/api/floors/${place.floorId}/plan`).expect(200);
    const text = Buffer.isBuffer(served.body) ? served.body.toString() : served.text;
    expect(text).toContain('<svg');
    expect(text).toContain('Room');
    expect(text).toContain('href="#r"');
    for (const bad of ['<script', 'onload', 'evil.example', 'foreignObject', 'javascript:']) expect(text).not.toContain(bad);
    expect(served.headers['content-security-policy']).toContain("default-src 'none'");
    expect(served.headers['content-security-policy']).toContain('sandbox');
  });

  it('refuses non-images whatever their declared type, and plans over 10 MB', async () => {
    const admin = await signupTenant(t.http);
    const place = await createPlace(t.http, admin, 0);
    const fake = await as(t.http, admin)
      .put(`/api/floors/${place.floorId}/plan`)
      .attach('file', Buffer.from('hello, not an image'), { filename: 'plan.png', contentType: 'image/png' });
    expectError(fake, 400, 'INVALID_PLAN_IMAGE');
    const gif = await as(t.http, admin)
      .put(`/api/floors/${place.floorId}/plan`)
      .attach('file', Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'binary'), 'plan.gif');
    expectError(gif, 400, 'INVALID_PLAN_IMAGE');
    const big = Buffer.concat([png(2, 2), Buffer.alloc(10 * 1024 * 1024 + 1)]);
    expectError(await as(t.http, admin).put(`/api/floors/${place.floorId}/plan`).attach('file', big, 'big.png'), 413, 'PAYLOAD_TOO_LARGE');
    expectError(await as(t.http, admin).put(`/api/floors/${place.floorId}/plan`).send({}), 400, 'VALIDATION_FAILED');
    expect((await as(t.http, admin).get(`/api/floors/${place.floorId}`)).body).toMatchObject({ hasPlan: false });
    expectError(await as(t.http, admin).get(`/api/floors/${place.floorId}/plan`), 404, 'NOT_FOUND');
  });

  it('deletes a floor with its desks and plan, and a location with its floors', async () => {
    const admin = await signupTenant(t.http);
    const place = await createPlace(t.http, admin, 2);
    await as(t.http, admin).put(`/api/floors/${place.floorId}/plan`).attach('file', png(4, 4), 'p.png').expect(200);
    await as(t.http, admin).delete(`/api/locations/${place.locationId}`).expect(204);
    expectError(await as(t.http, admin).get(`/api/floors/${place.floorId}`), 404, 'NOT_FOUND');
    expectError(await as(t.http, admin).patch(`/api/desks/${place.deskIds[0]}`).send({ x: 1 }), 404, 'NOT_FOUND');
    expect((await as(t.http, admin).get('/api/locations')).body).toEqual([]);
    void request;
  });
});
