/** Tenant settings: the defaults of API.md "Settings" and how stored ones are read. Pure; no Nest, no database. */
import type { TenantSettings } from '../common/tenancy/tenant-settings.js';

export {
  BOOKING_VISIBILITIES,
  NOTICE_MODES,
  REQUIRE_2FA,
  RETENTION_MODES,
  SLOT_MINUTES,
  type Processor,
  type TenantSettings,
} from '../common/tenancy/tenant-settings.js';

export function defaultSettings(): TenantSettings {
  return {
    privacy: {
      bookingVisibility: 'everyone',
      userChoiceDefault: true,
      retention: { mode: 'anonymize', afterDays: 30 },
      require2fa: 'off',
      consentRequired: true,
      noticeMode: 'generated',
      analyticsMinGroupSize: 5,
    },
    booking: {
      maxDaysAhead: 14,
      maxDurationMinutes: 600,
      slotMinutes: 30,
      checkInRequired: false,
      checkInGraceMinutes: 30,
    },
    organization: { legalName: '', address: '', contactEmail: '', dpoEmail: '', country: 'DE', processors: [], thirdCountryTransfers: '' },
  };
}

export type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep-merges a partial patch into a full document; undefined leaves a value as it was. */
export function deepMerge<T>(base: T, patch: DeepPartial<T> | undefined): T {
  if (!patch) return base;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(patch as Record<string, unknown>)) {
    if (value === undefined) continue;
    const current = out[key];
    out[key] = isPlainObject(current) && isPlainObject(value) ? deepMerge(current, value) : value;
  }
  return out as T;
}

/** Settings as stored may predate newer keys: fill the gaps from the defaults on every read. */
export function resolveSettings(stored: DeepPartial<TenantSettings> | null | undefined): TenantSettings {
  return deepMerge(defaultSettings(), stored ?? undefined);
}

/** The leaf paths whose values differ, e.g. `privacy.retention.afterDays`. */
export function changedPaths(before: unknown, after: unknown, prefix = ''): string[] {
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    return [...keys].flatMap((k) => changedPaths(before[k], after[k], prefix ? `${prefix}.${k}` : k));
  }
  // Lists (processors) are leaves: replaced whole, changed when any entry differs.
  if (Array.isArray(before) && Array.isArray(after)) return JSON.stringify(before) === JSON.stringify(after) ? [] : [prefix];
  return before === after ? [] : [prefix];
}
