import { expect } from 'vitest';
import { as, type Member } from './factories.js';
import type { TestApp } from './test-app.js';

/** Rebuilds the tenant's rollup (POST /analytics/refresh) and waits until its status says it is done. */
export async function refreshAnalytics(t: TestApp, member: Member, timeoutMs = 30_000): Promise<void> {
  const before = ((await as(t.http, member).get('/api/analytics/status').expect(200)).body as { refreshedAt: string | null }).refreshedAt;
  await as(t.http, member).post('/api/analytics/refresh').expect(202);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const now = ((await as(t.http, member).get('/api/analytics/status').expect(200)).body as { refreshedAt: string | null }).refreshedAt;
    if (now && now !== before) return;
    expect(Date.now(), 'the analytics refresh did not finish').toBeLessThan(deadline);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Sets privacy.analyticsMinGroupSize through the settings API. */
export async function setMinGroupSize(t: TestApp, admin: Member, size: number): Promise<void> {
  await as(t.http, admin)
    .patch('/api/tenant/settings')
    .send({ privacy: { analyticsMinGroupSize: size } })
    .expect(200);
}
