/**
 * The shape of a tenant's settings (API.md "Settings"). Declared here, not in tenants/, because every
 * request carries its tenant's settings (request-context.ts); the defaults and merging stay in
 * tenants/settings.ts. Pure; no Nest, no database.
 */
export const BOOKING_VISIBILITIES = ['everyone', 'anonymous', 'user_choice'] as const;
export const RETENTION_MODES = ['anonymize', 'delete'] as const;
export const REQUIRE_2FA = ['off', 'admins', 'everyone'] as const;
export const SLOT_MINUTES = [5, 10, 15, 30, 60] as const;
export const NOTICE_MODES = ['generated', 'custom'] as const;

/** A processor (or other recipient) of booking data, named in the privacy notice and the Art. 30 record. */
export interface Processor {
  name: string;
  purpose: string;
  /** ISO 3166-1 alpha-2 of where it processes the data. */
  country: string;
}

export interface TenantSettings {
  privacy: {
    bookingVisibility: (typeof BOOKING_VISIBILITIES)[number];
    userChoiceDefault: boolean;
    retention: { mode: (typeof RETENTION_MODES)[number]; afterDays: number };
    require2fa: (typeof REQUIRE_2FA)[number];
    consentRequired: boolean;
    /** `generated`: the notice is written from these settings and republished when they change. */
    noticeMode: (typeof NOTICE_MODES)[number];
    /** Utilization figures computed from fewer bookings than this are withheld; 1 turns it off. */
    analyticsMinGroupSize: number;
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
    processors: Processor[];
    /** Transfers to third countries and their safeguards, in the admin's words; empty: none. */
    thirdCountryTransfers: string;
  };
}
