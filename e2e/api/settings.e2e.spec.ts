import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, as, expectError, signupTenant } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const DEFAULTS = {
  privacy: {
    bookingVisibility: 'everyone',
    userChoiceDefault: true,
    retention: { mode: 'anonymize', afterDays: 30 },
    require2fa: 'off',
    consentRequired: true,
    noticeMode: 'generated',
    analyticsMinGroupSize: 5,
  },
  booking: { maxDaysAhead: 14, maxDurationMinutes: 600, slotMinutes: 30, checkInRequired: false, checkInGraceMinutes: 30 },
  organization: { legalName: '', address: '', contactEmail: '', dpoEmail: '', country: 'DE', processors: [], thirdCountryTransfers: '' },
};

describe('tenant settings', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  // Tenants with the product's defaults, consent included (signupTenant turns the consent gate off unless asked).
  const signup = () => signupTenant(t.http, undefined, { consentRequired: true });

  it('starts with the full shape and defaults of API.md', async () => {
    const admin = await signup();
    expect((await as(t.http, admin).get('/api/tenant/settings').expect(200)).body).toEqual(DEFAULTS);
  });

  it('deep-merges a partial PATCH and returns the whole document', async () => {
    const admin = await signup();
    const res = await as(t.http, admin)
      .patch('/api/tenant/settings')
      .send({ privacy: { retention: { afterDays: 7 } }, booking: { slotMinutes: 15 }, organization: { dpoEmail: 'dpo@example.com' } })
      .expect(200);
    const expected = structuredClone(DEFAULTS);
    expected.privacy.retention.afterDays = 7;
    expected.booking.slotMinutes = 15;
    expected.organization.dpoEmail = 'dpo@example.com';
    expect(res.body).toEqual(expected);
    expect((await as(t.http, admin).get('/api/tenant/settings')).body).toEqual(expected);
  });

  it.each([
    [{ privacy: { retention: { afterDays: 3651 } } }, 'privacy.retention.afterDays'],
    [{ privacy: { retention: { afterDays: -1 } } }, 'privacy.retention.afterDays'],
    [{ privacy: { retention: { afterDays: 1.5 } } }, 'privacy.retention.afterDays'],
    [{ privacy: { retention: { mode: 'shred' } } }, 'privacy.retention.mode'],
    [{ privacy: { bookingVisibility: 'public' } }, 'privacy.bookingVisibility'],
    [{ privacy: { require2fa: 'sometimes' } }, 'privacy.require2fa'],
    [{ privacy: { consentRequired: 'yes' } }, 'privacy.consentRequired'],
    [{ privacy: { userChoiceDefault: null } }, 'privacy.userChoiceDefault'],
    [{ booking: { slotMinutes: 7 } }, 'booking.slotMinutes'],
    [{ booking: { maxDaysAhead: '14' } }, 'booking.maxDaysAhead'],
    [{ booking: { maxDurationMinutes: 0 } }, 'booking.maxDurationMinutes'],
    [{ organization: { contactEmail: 'nope' } }, 'organization.contactEmail'],
    [{ organization: { country: 'Germany' } }, 'organization.country'],
    [{ privacy: { noticeMode: 'handwritten' } }, 'privacy.noticeMode'],
    [{ privacy: { analyticsMinGroupSize: 0 } }, 'privacy.analyticsMinGroupSize'],
    [{ privacy: { analyticsMinGroupSize: 2.5 } }, 'privacy.analyticsMinGroupSize'],
    [
      { organization: { processors: [{ name: 'Hosting GmbH', purpose: 'Hosting', country: 'Deutschland' }] } },
      'organization.processors.0.country',
    ],
    [{ organization: { processors: [{ name: '', purpose: 'Hosting', country: 'DE' }] } }, 'organization.processors.0.name'],
    [{ organization: { processors: 'none' } }, 'organization.processors'],
    [{ privacy: 'everyone' }, 'privacy'],
    [{ booking: null }, 'booking'],
    [{ colour: 'blue' }, 'colour'],
    [{ privacy: { retention: { afterDays: 10, keepForever: true } } }, 'privacy.retention.keepForever'],
  ])('refuses %j with 400 naming %s, and changes nothing', async (patch, field) => {
    const admin = await signup();
    // A valid change next to the invalid one must not be written either.
    const body = { ...patch, organization: { legalName: 'Should Not Persist', ...(patch as { organization?: object }).organization } };
    const res = await as(t.http, admin).patch('/api/tenant/settings').send(body);
    const details = expectError(res, 400, 'VALIDATION_FAILED').details as { field: string }[];
    expect(details.map((d) => d.field)).toContain(field);
    expect((await as(t.http, admin).get('/api/tenant/settings')).body).toEqual(DEFAULTS);
  });

  it('accepts every allowed slot length and the afterDays bounds', async () => {
    const admin = await signup();
    for (const slotMinutes of [5, 10, 15, 30, 60]) {
      await as(t.http, admin).patch('/api/tenant/settings').send({ booking: { slotMinutes } }).expect(200);
    }
    for (const afterDays of [0, 3650]) {
      await as(t.http, admin)
        .patch('/api/tenant/settings')
        .send({ privacy: { retention: { afterDays } } })
        .expect(200);
    }
  });

  it('lets every member read the settings but only tenant admins change them', async () => {
    const admin = await signup();
    for (const role of ['employee', 'facility_manager'] as const) {
      const member = await addMember(t.http, admin, role);
      await as(t.http, member).get('/api/tenant/settings').expect(200);
      expectError(
        await as(t.http, member)
          .patch('/api/tenant/settings')
          .send({ booking: { maxDaysAhead: 3 } }),
        403,
        'FORBIDDEN',
      );
    }
    expect((await as(t.http, admin).get('/api/tenant/settings')).body).toEqual(DEFAULTS);
  });

  it('keeps tenants apart: one tenant’s change does not touch another', async () => {
    const a = await signup();
    const b = await signup();
    await as(t.http, a)
      .patch('/api/tenant/settings')
      .send({ privacy: { bookingVisibility: 'anonymous' } })
      .expect(200);
    expect((await as(t.http, b).get('/api/tenant/settings')).body).toEqual(DEFAULTS);
  });

  it('records the change with before and after in the audit log', async () => {
    const admin = await signup();
    await as(t.http, admin)
      .patch('/api/tenant/settings')
      .send({ privacy: { retention: { afterDays: 3 }, bookingVisibility: 'everyone' } })
      .expect(200);
    const log = (await as(t.http, admin).get('/api/admin/audit-log').expect(200)).body as {
      action: string;
      actorUserId: string;
      details: unknown;
    }[];
    const event = log.find((e) => e.action === 'settings.changed');
    expect(event).toMatchObject({
      actorUserId: admin.userId,
      details: { changes: [{ setting: 'privacy.retention.afterDays', from: 30, to: 3 }] },
    });
  });

  it('records nothing when a PATCH changes nothing', async () => {
    const admin = await signup();
    await as(t.http, admin)
      .patch('/api/tenant/settings')
      .send({ booking: { slotMinutes: 30 } })
      .expect(200);
    const log = (await as(t.http, admin).get('/api/admin/audit-log')).body as { action: string }[];
    expect(log.filter((e) => e.action === 'settings.changed')).toEqual([]);
  });
});
