import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, expectError, signupTenant, type Member } from './support/factories.js';
import { createPlace, utcAt, type Place } from './support/places.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** The same instant as utcAt(…) but written without its offset: the server would have to guess the zone. */
const withoutOffset = (iso: string) => iso.replace(/(\.\d+)?Z$/, '');

function expectInvalidFields(res: Parameters<typeof expectError>[0], fields: string[]): void {
  const { details } = expectError(res, 400, 'VALIDATION_FAILED');
  expect((details as { field: string }[]).map((d) => d.field).sort()).toEqual([...fields].sort());
}

describe('times without an offset', () => {
  let t: TestApp;
  let admin: Member;
  let place: Place;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await signupTenant(t.http);
    place = await createPlace(t.http, admin, 1);
  });
  afterAll(() => t.close());

  it('refuses a booking whose start or end has no offset (400), as the import does', async () => {
    const res = await as(t.http, admin)
      .post('/api/bookings')
      .send({ deskId: place.deskIds[0], startsAt: withoutOffset(utcAt(1, 9)), endsAt: withoutOffset(utcAt(1, 10)) });
    expectInvalidFields(res, ['startsAt', 'endsAt']);
    const dateOnly = await as(t.http, admin)
      .post('/api/bookings')
      .send({ deskId: place.deskIds[0], startsAt: utcAt(1, 9).slice(0, 10), endsAt: utcAt(1, 10) });
    expectInvalidFields(dateOnly, ['startsAt']);
  });

  it('accepts a booking written with any offset', async () => {
    const startsAt = utcAt(2, 9).replace(/T09:00:00\.000Z$/, 'T11:00:00+02:00');
    const res = await as(t.http, admin)
      .post('/api/bookings')
      .send({ deskId: place.deskIds[0], startsAt, endsAt: utcAt(2, 10) })
      .expect(201);
    expect((res.body as { startsAt: string }).startsAt).toBe(utcAt(2, 9));
  });

  it('refuses availability and own-booking ranges without an offset (400)', async () => {
    const from = withoutOffset(utcAt(1, 0));
    expectInvalidFields(await as(t.http, admin).get(`/api/floors/${place.floorId}/availability?from=${from}&to=${utcAt(2, 0)}`), ['from']);
    expectInvalidFields(await as(t.http, admin).get(`/api/bookings/mine?from=${utcAt(0, 0)}&to=${withoutOffset(utcAt(2, 0))}`), ['to']);
  });

  it('refuses audit-log ranges without an offset (400)', async () => {
    expectInvalidFields(await as(t.http, admin).get('/api/admin/audit-log?from=2020-01-01T00:00:00&to=2020-12-31'), ['from', 'to']);
  });
});
