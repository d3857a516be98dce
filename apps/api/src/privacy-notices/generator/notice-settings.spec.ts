import { describe, expect, it } from 'vitest';
import {
  BOOKING_VISIBILITIES,
  deepMerge,
  defaultSettings,
  NOTICE_MODES,
  REQUIRE_2FA,
  RETENTION_MODES,
  SLOT_MINUTES,
  type TenantSettings,
} from '../../tenants/settings.js';
import { describeChanges, generateNotice, NOTICE_SETTINGS } from './notice.js';

/*
 * The notice never disagrees with the system only if every setting it describes republishes it. This
 * mutates every leaf of the settings to other valid values and checks: the text changes exactly for
 * the paths in NOTICE_SETTINGS. A new setting fails "knows every leaf" until it is given values here,
 * and then fails the next test if the notice describes it without listing it (or the other way round).
 */

/** Other valid values of every leaf path (API.md "Settings", update-tenant-settings.dto.ts). */
const VALUES: Record<string, readonly unknown[]> = {
  'privacy.bookingVisibility': BOOKING_VISIBILITIES,
  'privacy.userChoiceDefault': [true, false],
  'privacy.retention.mode': RETENTION_MODES,
  'privacy.retention.afterDays': [0, 1, 30, 90, 3650],
  'privacy.require2fa': REQUIRE_2FA,
  'privacy.consentRequired': [true, false],
  'privacy.noticeMode': NOTICE_MODES,
  'privacy.analyticsMinGroupSize': [1, 5, 10],
  'booking.maxDaysAhead': [0, 14, 365],
  'booking.maxDurationMinutes': [5, 600, 1440],
  'booking.slotMinutes': SLOT_MINUTES,
  'booking.checkInRequired': [true, false],
  'booking.checkInGraceMinutes': [5, 30, 240],
  'organization.legalName': ['', 'Beispiel GmbH', 'Other AG'],
  'organization.address': ['', 'Musterstraße 1, 10115 Berlin'],
  'organization.contactEmail': ['', 'privacy@example.com'],
  'organization.dpoEmail': ['', 'dpo@example.com'],
  'organization.country': ['DE', 'AT', 'US'],
  'organization.processors': [
    [],
    [{ name: 'Hosting AG', purpose: 'Hosting', country: 'DE' }],
    [{ name: 'Mailer Inc.', purpose: 'E-mail', country: 'US' }],
  ],
  'organization.thirdCountryTransfers': ['', 'EU standard contractual clauses'],
};

/** Described only in some modes: the default of `user_choice` says nothing while another mode is on. */
const CONDITIONAL: Record<string, (s: TenantSettings) => boolean> = {
  'privacy.userChoiceDefault': (s) => s.privacy.bookingVisibility === 'user_choice',
};

function leafPaths(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return [prefix];
  return Object.entries(node).flatMap(([key, value]) => leafPaths(value, prefix ? `${prefix}.${key}` : key));
}

function withValue(settings: TenantSettings, path: string, value: unknown): TenantSettings {
  const copy = structuredClone(settings);
  const keys = path.split('.');
  const parent = keys.slice(0, -1).reduce<Record<string, unknown>>((node, key) => node[key] as Record<string, unknown>, copy as never);
  parent[keys.at(-1)!] = structuredClone(value);
  return copy;
}

const valueAt = (settings: TenantSettings, path: string) =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], settings);

/** Both languages; tenant name, version, date and change summary held still (they are not settings). */
function texts(settings: TenantSettings): string {
  const input = { tenantName: 'Acme', settings, version: 1, effectiveDate: new Date('2026-12-07T00:00:00Z'), changeSummary: null };
  return generateNotice(input, 'en').body + generateNotice(input, 'de').body;
}

const BASES: Record<string, TenantSettings> = {
  defaults: defaultSettings(),
  'user_choice, delete': deepMerge(defaultSettings(), { privacy: { bookingVisibility: 'user_choice', retention: { mode: 'delete' } } }),
  'organization filled in, anonymous, 2FA for admins': deepMerge(defaultSettings(), {
    privacy: { bookingVisibility: 'anonymous', require2fa: 'admins' },
    organization: {
      legalName: 'Beispiel GmbH',
      address: 'Musterstraße 1',
      contactEmail: 'privacy@example.com',
      dpoEmail: 'dpo@example.com',
      processors: [{ name: 'Hosting AG', purpose: 'Hosting', country: 'DE' }],
      thirdCountryTransfers: 'None planned',
    },
  }),
};

describe('NOTICE_SETTINGS: the notice changes exactly when a setting it describes changes', () => {
  it('knows every leaf of the settings, with other valid values', () => {
    expect(leafPaths(defaultSettings()).sort()).toEqual(Object.keys(VALUES).sort());
    expect(NOTICE_SETTINGS.filter((path) => !(path in VALUES))).toEqual([]);
  });

  const cases = Object.entries(BASES).flatMap(([baseName, base]) =>
    Object.entries(VALUES).flatMap(([path, values]) =>
      values.filter((v) => JSON.stringify(v) !== JSON.stringify(valueAt(base, path))).map((value) => ({ baseName, base, path, value })),
    ),
  );

  it.each(cases)('$baseName: $path → $value', ({ base, path, value }) => {
    const after = withValue(base, path, value);
    const listed = NOTICE_SETTINGS.includes(path);
    const described = listed && (CONDITIONAL[path]?.(after) ?? true);
    expect(texts(after) !== texts(base), described ? 'the text should change' : 'the text should stay the same').toBe(described);
    // A republish caused by it says what changed; a change the notice does not describe says nothing.
    for (const lang of ['en', 'de'] as const) expect(describeChanges(base, after, [path], lang) !== '').toBe(described);
  });

  it('gives every listed path a base where it changes the text', () => {
    const covered = new Set(
      cases.filter(({ base, path, value }) => texts(withValue(base, path, value)) !== texts(base)).map((c) => c.path),
    );
    expect(NOTICE_SETTINGS.filter((path) => !covered.has(path))).toEqual([]);
  });
});
