import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRESETS, scaledPreset } from '../../apps/api/src/demo/demo-company.js';
import { DemoAlreadySeededError, seedDemo, type DemoSeedResult } from '../../apps/api/src/demo/demo-seeder.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** The demo company at a tenth of its size and two months of history, with addresses of its own in the run's database. */
const preset = { ...scaledPreset(DEMO_PRESETS.demo, 0.1, 60), emailDomain: `demo-${randomBytes(4).toString('hex')}.example` };

describe('demo data', () => {
  let t: TestApp;
  let demo: DemoSeedResult;
  beforeAll(async () => {
    t = await startTestApp();
    demo = await seedDemo(t.app, { preset });
  });
  afterAll(() => t.close());

  const login = async (role: string) => {
    const email = demo.logins.find((l) => l.role === role)!.email;
    const res = await request(t.http).post('/api/auth/login').send({ email, password: demo.password }).expect(200);
    return (res.body as { token: string }).token;
  };

  it('fills places, people and bookings, and the printed logins work', async () => {
    expect(demo.desks).toBeGreaterThanOrEqual(36);
    expect(demo.bookings).toBeGreaterThan(50);
    const token = await login('employee');
    const me = await request(t.http).get('/api/me').set('authorization', `Bearer ${token}`).expect(200);
    // Everyone has accepted the current notice, so booking is open to them.
    expect(me.body).toMatchObject({ role: 'employee', consent: { required: false } });
    const locations = await request(t.http).get('/api/locations').set('authorization', `Bearer ${token}`).expect(200);
    expect((locations.body as { timezone: string }[]).map((l) => l.timezone).sort()).toEqual(['Europe/Berlin', 'Europe/London']);
  });

  it('answers the analytics summary from the rolled-up history', async () => {
    const token = await login('facility_manager');
    const berlin = demo.locations[0];
    const to = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const from = new Date(Date.now() - 60 * 86_400_000).toISOString().slice(0, 10);
    const res = await request(t.http)
      .get('/api/analytics/summary')
      .query({ from, to, locationId: berlin.id })
      .set('authorization', `Bearer ${token}`)
      .expect(200);
    const summary = res.body as Record<string, unknown>;
    expect(summary.suppressed).toBe(false);
    expect(summary.bookings).toBeGreaterThan(20);
    expect(summary.occupancyRate).toBeGreaterThan(0);
    expect(summary.checkInRate).toBeGreaterThan(0.5);
    expect(summary.noShowRate).toBeGreaterThan(0);
    expect(summary.peakConcurrent).toBeGreaterThan(0);
    expect(summary.refreshedAt).toEqual(expect.any(String));
  });

  it('refuses to seed the same company twice', async () => {
    await expect(seedDemo(t.app, { preset })).rejects.toBeInstanceOf(DemoAlreadySeededError);
  });
});
