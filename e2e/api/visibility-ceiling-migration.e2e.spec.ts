import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VisibilityCeiling1764700000000 } from '../../migrations/1764700000000-VisibilityCeiling.js';
import { as, signupTenant, type Member } from './support/factories.js';
import { createPlace, utcAt } from './support/places.js';
import { startIsolatedTestApp, startTestApp, type TestApp } from './support/test-app.js';

/**
 * Bookings made before the ceiling existed get the promise of the setting in force at upgrade time:
 * nothing becomes visible that was hidden, nor hidden that was shown. The migration is undone and
 * redone on a database of this file's own, with bookings of every kind in it.
 */
describe('migration 1764700000000: ceilings of existing bookings', () => {
  let first: TestApp;
  let t: TestApp;
  beforeAll(async () => {
    first = await startTestApp();
    t = await startIsolatedTestApp(first);
  });
  afterAll(async () => {
    await t.close();
    await first.close();
  });

  async function tenantWith(visibility: 'everyone' | 'anonymous' | 'user_choice', choices: boolean[]): Promise<string[]> {
    const admin: Member = await signupTenant(t.http);
    await as(t.http, admin)
      .patch('/api/tenant/settings')
      .send({ privacy: { bookingVisibility: visibility } })
      .expect(200);
    const place = await createPlace(t.http, admin, choices.length);
    const ids: string[] = [];
    for (const [i, visibleToColleagues] of choices.entries()) {
      const res = await as(t.http, admin)
        .post('/api/bookings')
        .send({ deskId: place.deskIds[i], startsAt: utcAt(1 + i, 9), endsAt: utcAt(1 + i, 10), visibleToColleagues })
        .expect(201);
      ids.push((res.body as { id: string }).id);
    }
    return ids;
  }

  it('gives each booking the ceiling of its tenant’s current setting and its person’s choice', async () => {
    const everyone = await tenantWith('everyone', [true, false]);
    const anonymous = await tenantWith('anonymous', [true, false]);
    const userChoice = await tenantWith('user_choice', [true, false]);

    const db = t.app.get(DataSource);
    const runner = db.createQueryRunner();
    try {
      const migration = new VisibilityCeiling1764700000000();
      await migration.down(runner);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const ceilings = async (ids: string[]) => {
      const rows = await db.query<{ id: string; visibilityCeiling: string | null }[]>(
        `SELECT id, visibilityCeiling FROM bookings WHERE id IN (${ids.map(() => '?').join(', ')})`,
        ids,
      );
      return ids.map((id) => rows.find((r) => r.id === id)?.visibilityCeiling);
    };
    expect(await ceilings(everyone)).toEqual(['shown', 'shown']);
    expect(await ceilings(anonymous)).toEqual(['hidden', 'hidden']);
    expect(await ceilings(userChoice)).toEqual(['shown', 'hidden']);
  });
});
