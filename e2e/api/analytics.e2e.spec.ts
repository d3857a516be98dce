import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshAnalytics, setMinGroupSize } from './support/analytics.js';
import { DAY_MS, bookingRows, importPast, runSweep, setRetention } from './support/anonymization.js';
import { addMember, as, expectError, signupTenant, type Member } from './support/factories.js';
import { createPlace, type Place } from './support/places.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const HOUR = 3_600_000;
const ENDPOINTS = ['utilization', 'heatmap', 'desks', 'summary'] as const;

/** The UTC date `days` before today, and an instant on it at `hour`:00 UTC. */
const dayAgo = (days: number) => new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS - days * DAY_MS);
const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const on = (day: Date, hour: number) => new Date(day.getTime() + hour * HOUR).toISOString();

describe('utilization analytics', () => {
  let t: TestApp;
  let admin: Member;
  let manager: Member;
  let alice: Member;
  let bob: Member;
  let place: Place;
  const day = dayAgo(10);
  const range = (extra = '') => `from=${isoDate(day)}&to=${isoDate(day)}${extra}`;
  const floorQuery = () => `${range()}&floorId=${place.floorId}`;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signupTenant(t.http);
    manager = await addMember(t.http, admin, 'facility_manager', 'Fiona Facility');
    alice = await addMember(t.http, admin, 'employee', 'Alice Analytics');
    bob = await addMember(t.http, admin, 'employee', 'Bob Analytics');
    place = await createPlace(t.http, admin, 3); // UTC, open around the clock
    const [d1, d2, d3] = place.deskIds;
    // Ten days ago: four bookings of two hours by two people; 09:00–10:00 has two at once.
    await importPast(
      t,
      admin,
      [
        { deskId: d1, userEmail: alice.email, startsAt: on(day, 8), endsAt: on(day, 10) },
        { deskId: d2, userEmail: bob.email, startsAt: on(day, 9), endsAt: on(day, 11) },
        { deskId: d3, userEmail: alice.email, startsAt: on(day, 12), endsAt: on(day, 14), checkedInAt: on(day, 12) },
        { deskId: d1, userEmail: bob.email, startsAt: on(day, 15), endsAt: on(day, 17) },
      ],
      { mode: 'anonymize', afterDays: 3650 },
    );
    await setMinGroupSize(t, admin, 1);
    await refreshAnalytics(t, manager);
  });
  afterAll(() => t.close());

  it('answers the figures of the day from the bookings', async () => {
    const summary = (await as(t.http, manager).get(`/api/analytics/summary?${floorQuery()}`).expect(200)).body as Record<string, unknown>;
    expect(summary).toMatchObject({
      bookableDesks: 3,
      openDays: 1,
      bookings: 4,
      bookedHours: 8,
      availableHours: 72,
      occupancyRate: 0.1111,
      deskDayOccupancy: 1,
      peakConcurrent: 2,
      peakDay: isoDate(day),
      checkInRate: 0.25,
      cancellationRate: 0,
      desksNeeded: { max: 2, p95: 2 },
      minGroupSize: 1,
      suppressed: false,
    });
    const series = (
      await as(t.http, manager)
        .get(`/api/analytics/utilization?${range(`&locationId=${place.locationId}`)}`)
        .expect(200)
    ).body as unknown[];
    expect(series).toEqual([
      expect.objectContaining({ period: isoDate(day), bookings: 4, bookedHours: 8, peakConcurrent: 2, checkIns: 1 }),
    ]);
    const heatmap = (await as(t.http, manager).get(`/api/analytics/heatmap?${floorQuery()}`).expect(200)).body as {
      hour: number;
      avgBookedDesks: number;
    }[];
    expect(heatmap).toHaveLength(24);
    expect(heatmap.find((c) => c.hour === 9)).toMatchObject({ avgBookedDesks: 2, occupancyRate: 0.6667 });
    const desks = (await as(t.http, manager).get(`/api/analytics/desks?${floorQuery()}`).expect(200)).body as {
      label: string;
      rank: number;
      bookings: number;
    }[];
    expect(desks.map((d) => [d.label, d.rank, d.bookings])).toEqual([
      ['D1', 1, 2],
      ['D2', 2, 1],
      ['D3', 2, 1],
    ]);
    // A whole month comes from the monthly sums, a longer range's ends from the days: the same totals.
    const month = isoDate(day).slice(0, 7);
    const lastOfMonth = isoDate(new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 0)));
    for (const [from, to] of [
      [`${month}-01`, lastOfMonth],
      [isoDate(dayAgo(95)), isoDate(dayAgo(-5))],
    ]) {
      const res = await as(t.http, manager).get(`/api/analytics/desks?from=${from}&to=${to}&floorId=${place.floorId}`).expect(200);
      expect(
        (res.body as { label: string; bookings: number; bookedHours: number }[]).map((d) => [d.label, d.bookings, d.bookedHours]),
      ).toEqual([
        ['D1', 2, 4],
        ['D2', 1, 2],
        ['D3', 1, 2],
      ]);
    }
  });

  it('answers each figure as CSV too, withheld figures as empty cells', async () => {
    const res = await as(t.http, manager).get(`/api/analytics/desks?${floorQuery()}&format=csv`).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toContain(`desks-${isoDate(day)}-${isoDate(day)}.csv`);
    const [header, first] = res.text.trim().split('\r\n');
    expect(header).toBe('"deskId","label","zone","x","y","bookable","rank","bookings","bookedHours","occupancyRate","suppressed"');
    expect(first).toContain('"D1","North"');
    await setMinGroupSize(t, admin, 5);
    try {
      const summary = await as(t.http, manager).get(`/api/analytics/summary?${floorQuery()}&format=csv`).expect(200);
      const [keys, values] = summary.text
        .trim()
        .split('\r\n')
        .map((line) => line.split(','));
      const cell = (key: string) => values[keys.indexOf(`"${key}"`)];
      expect(cell('bookings')).toBe('""');
      expect(cell('desksNeeded.max')).toBe('""');
      expect(cell('availableHours')).toBe('"72"');
      expect(cell('suppressed')).toBe('"true"');
    } finally {
      await setMinGroupSize(t, admin, 1);
    }
  });

  it.each([
    [5, true],
    [4, false],
    [3, false],
  ])('withholds what four bookings make when the minimum group size is %i: %s', async (size, withheld) => {
    await setMinGroupSize(t, admin, size);
    try {
      const summary = (await as(t.http, manager).get(`/api/analytics/summary?${floorQuery()}`).expect(200)).body as Record<string, unknown>;
      expect(summary.bookings).toBe(withheld ? null : 4);
      expect(summary.occupancyRate).toBe(withheld ? null : 0.1111);
      expect(summary.desksNeeded).toEqual(withheld ? { max: null, p95: null } : { max: 2, p95: 2 });
      // One booking needed a check-in (and had it): the no-show rate rests on it alone, below every size here.
      expect(summary.noShowRate).toBeNull();
      expect(summary.suppressed).toBe(true);
      const [point] = (await as(t.http, manager).get(`/api/analytics/utilization?${floorQuery()}`).expect(200)).body as Record<
        string,
        unknown
      >[];
      expect(point).toMatchObject({ suppressed: withheld, bookings: withheld ? null : 4 });
      // Each desk has one or two bookings: below every size here but 1.
      const desks = (await as(t.http, manager).get(`/api/analytics/desks?${floorQuery()}`).expect(200)).body as Record<string, unknown>[];
      expect(desks.every((d) => d.suppressed === true && d.bookings === null && d.rank === null)).toBe(true);
    } finally {
      await setMinGroupSize(t, admin, 1);
    }
  });

  it('never names a person: no answer, CSV or rollup row holds a user id, e-mail or name', async () => {
    const people = [admin, manager, alice, bob];
    const names = ['Ada Admin', 'Fiona Facility', 'Alice Analytics', 'Bob Analytics'];
    const identities = [...people.flatMap((p) => [p.userId, p.email]), ...names];
    const texts: string[] = [];
    for (const endpoint of ENDPOINTS) {
      for (const format of ['json', 'csv']) {
        const res = await as(t.http, manager).get(`/api/analytics/${endpoint}?${floorQuery()}&format=${format}`).expect(200);
        texts.push(res.text);
      }
    }
    const ds = t.app.get(DataSource);
    for (const table of ['utilization_days', 'utilization_desk_days', 'utilization_refreshes', 'desk_bookability_changes']) {
      texts.push(JSON.stringify(await ds.query(`SELECT * FROM ${table} WHERE tenantId = ?`, [admin.tenantId])));
    }
    expect(texts.join('\n')).toContain('D1'); // the check reads real answers
    for (const identity of identities) expect(texts.join('\n')).not.toContain(identity);
  });

  it('keeps counting bookings once they are anonymized', async () => {
    const before = (await as(t.http, manager).get(`/api/analytics/summary?${floorQuery()}`).expect(200)).body as Record<string, unknown>;
    await setRetention(t, admin, 'anonymize', 1);
    try {
      await runSweep(t, admin);
      const rows = (await bookingRows(t, admin.tenantId)).filter(
        (b) => b.startsAt.getTime() >= day.getTime() && b.startsAt.getTime() < day.getTime() + DAY_MS,
      );
      expect(rows).toHaveLength(4);
      expect(rows.every((b) => b.userId === null && b.anonymizedAt !== null)).toBe(true);
      await refreshAnalytics(t, manager);
      const after = (await as(t.http, manager).get(`/api/analytics/summary?${floorQuery()}`).expect(200)).body as Record<string, unknown>;
      expect({ ...after, refreshedAt: null }).toEqual({ ...before, refreshedAt: null });
    } finally {
      await setRetention(t, admin, 'anonymize', 3650);
    }
  });

  it('divides past days by the desks bookable then: making a desk unbookable today changes only today on', async () => {
    const desk = await as(t.http, admin)
      .post(`/api/floors/${place.floorId}/desks`)
      .send({ label: 'D9', x: 1, y: 1, bookable: true })
      .expect(201);
    const today = isoDate(new Date());
    const todayQuery = `from=${today}&to=${today}&floorId=${place.floorId}`;
    expect(
      ((await as(t.http, manager).get(`/api/analytics/summary?${todayQuery}`).expect(200)).body as { availableHours: number })
        .availableHours,
    ).toBe(96);
    await as(t.http, admin)
      .patch(`/api/desks/${(desk.body as { id: string }).id}`)
      .send({ bookable: false })
      .expect(200);
    const pastDay = (await as(t.http, manager).get(`/api/analytics/summary?${floorQuery()}`).expect(200)).body as Record<string, unknown>;
    expect(pastDay).toMatchObject({ availableHours: 72, bookableDesks: 3, totalDesks: 4 });
    // It was bookable earlier today, so today still counts it; tomorrow does not.
    const tomorrow = isoDate(new Date(Date.now() + DAY_MS));
    const ahead = (
      await as(t.http, manager).get(`/api/analytics/summary?from=${tomorrow}&to=${tomorrow}&floorId=${place.floorId}`).expect(200)
    ).body as Record<string, unknown>;
    expect(ahead).toMatchObject({ availableHours: 72, availability: expect.objectContaining({ notBookable: 1 }) });
    await as(t.http, admin)
      .delete(`/api/desks/${(desk.body as { id: string }).id}`)
      .expect(204);
  });

  it('is for facility managers and tenant admins: an employee gets 403 everywhere', async () => {
    for (const endpoint of ENDPOINTS) {
      expectError(await as(t.http, alice).get(`/api/analytics/${endpoint}?${floorQuery()}`), 403, 'FORBIDDEN');
      await as(t.http, admin).get(`/api/analytics/${endpoint}?${floorQuery()}`).expect(200);
    }
    expectError(await as(t.http, alice).get('/api/analytics/status'), 403, 'FORBIDDEN');
    expectError(await as(t.http, alice).post('/api/analytics/refresh'), 403, 'FORBIDDEN');
  });

  it("answers 404 for another tenant's location and floor", async () => {
    const stranger = await signupTenant(t.http);
    for (const endpoint of ENDPOINTS) {
      expectError(await as(t.http, stranger).get(`/api/analytics/${endpoint}?${floorQuery()}`), 404, 'NOT_FOUND');
      if (endpoint !== 'desks') {
        expectError(
          await as(t.http, stranger).get(`/api/analytics/${endpoint}?${range(`&locationId=${place.locationId}`)}`),
          404,
          'NOT_FOUND',
        );
      }
    }
  });

  it.each([
    ['from=2026-13-01&to=2026-12-31', 'a month that does not exist'],
    ['from=2026-03-02&to=2026-03-01', 'from after to'],
    ['from=2024-01-01&to=2026-01-02', 'more than 24 months'],
    ['from=2026-01-01&to=2026-01-31&granularity=hour', 'an unknown granularity'],
    ['from=2026-01-01&to=2026-01-31&floorId=x', 'a floor id that is no id'],
  ])('refuses %s (%s) with 400', async (query) => {
    expectError(
      await as(t.http, manager).get(`/api/analytics/utilization?${query}&locationId=${place.locationId}`),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('asks for a place: a location or a floor, and a floor for the desk figures', async () => {
    expectError(await as(t.http, manager).get(`/api/analytics/summary?${range()}`), 400, 'VALIDATION_FAILED');
    expectError(
      await as(t.http, manager).get(`/api/analytics/desks?${range(`&locationId=${place.locationId}`)}`),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('narrows to a zone', async () => {
    const north = (await as(t.http, manager).get(`/api/analytics/summary?${floorQuery()}&zone=North`).expect(200)).body as Record<
      string,
      unknown
    >;
    expect(north).toMatchObject({ bookings: 4, totalDesks: 3 });
    const south = (await as(t.http, manager).get(`/api/analytics/summary?${floorQuery()}&zone=South`).expect(200)).body as Record<
      string,
      unknown
    >;
    expect(south).toMatchObject({ bookings: 0, totalDesks: 0, availableHours: 0 });
  });
});
