/** Tenant settings: the shape and defaults of API.md "Settings". Pure; no Nest, no database. */
export const BOOKING_VISIBILITIES = ['everyone', 'anonymous', 'user_choice'] as const;
export const RETENTION_MODES = ['anonymize', 'delete'] as const;
export const REQUIRE_2FA = ['off', 'admins', 'everyone'] as const;
export const SLOT_MINUTES = [5, 10, 15, 30, 60] as const;

export interface TenantSettings {
  privacy: {
    bookingVisibility: (typeof BOOKING_VISIBILITIES)[number];
    userChoiceDefault: boolean;
    retention: { mode: (typeof RETENTION_MODES)[number]; afterDays: number };
    require2fa: (typeof REQUIRE_2FA)[number];
    consentRequired: boolean;
  };
  booking: {
    maxDaysAhead: number;
    maxDurationMinutes: number;
    slotMinutes: (typeof SLOT_MINUTES)[number];
    checkInRequired: boolean;
    checkInGraceMinutes: number;
  };
  organization: {
    legalName: string;
    address: string;
    contactEmail: string;
    dpoEmail: string;
    country: string;
  };
}

export function defaultSettings(): TenantSettings {
  return {
    privacy: {
      bookingVisibility: 'everyone',
      userChoiceDefault: true,
      retention: { mode: 'anonymize', afterDays: 30 },
      require2fa: 'off',
      consentRequired: true,
    },
    booking: {
      maxDaysAhead: 14,
      maxDurationMinutes: 600,
      slotMinutes: 30,
      checkInRequired: false,
      checkInGraceMinutes: 30,
    },
    organization: { legalName: '', address: '', contactEmail: '', dpoEmail: '', country: 'DE' },
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
  return before === after ? [] : [prefix];
}
