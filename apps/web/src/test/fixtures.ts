import type { Floor, Me, OfficeLocation, SignInSession, TenantSettings, User } from '../api/types';
import type { AnonymizationStatus } from '../features/privacy/types';
import type { CurrentNotice, NoticeVersion } from '../features/notices/types';

export function aMe(overrides: Partial<Me> = {}): Me {
  return {
    id: 'u-admin',
    email: 'anna@acme.example',
    displayName: 'Anna Schmidt',
    role: 'tenant_admin',
    tenantId: 't-1',
    tenantName: 'Acme GmbH',
    locale: 'en',
    totpEnabled: false,
    passkeys: 0,
    findableByColleagues: true,
    totpEnrollmentRequired: false,
    consent: { required: false, currentVersionId: null, acceptedVersionId: null, acceptedAt: null },
    ...overrides,
  };
}

export function aTenantSettings(): TenantSettings {
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
    booking: { maxDaysAhead: 14, maxDurationMinutes: 600, slotMinutes: 30, checkInRequired: false, checkInGraceMinutes: 30 },
    organization: { legalName: '', address: '', contactEmail: '', dpoEmail: '', country: 'DE', processors: [], thirdCountryTransfers: '' },
  };
}

export const NEVER_RUN_ANONYMIZATION: AnonymizationStatus = { lastRunAt: null, lastRunProcessed: null, due: 0, running: false };

export function aUser(overrides: Partial<User> = {}): User {
  return {
    id: 'u-1',
    email: 'ben@acme.example',
    displayName: 'Ben Braun',
    role: 'employee',
    locale: 'en',
    status: 'active',
    twoFactorEnabled: false,
    createdAt: '2025-01-01T00:00:00Z',
    ...overrides,
  };
}

export const CHROME_ON_LINUX = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';

export function aSignInSession(overrides: Partial<SignInSession> = {}): SignInSession {
  return {
    id: 's-1',
    createdAt: '2025-03-01T08:00:00Z',
    lastUsedAt: '2025-03-03T09:30:00Z',
    userAgent: CHROME_ON_LINUX,
    current: true,
    ...overrides,
  };
}

/** What POST /me/2fa/setup answers: a tiny PNG stands in for the QR code. */
export const A_TOTP_SETUP = {
  otpauthUrl: 'otpauth://totp/Deskbook:anna%40acme.example?secret=JBSWY3DPEHPK3PXP&issuer=Deskbook',
  qrCodeDataUrl: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  secret: 'JBSWY3DPEHPK3PXP',
};

export const TEN_RECOVERY_CODES = Array.from({ length: 10 }, (_, index) => `ABCDE-${String(10000 + index)}`);

/** GET /privacy-notice/current: version 2, a first layer and the full text (split at the second section). */
export function aCurrentNotice(overrides: Partial<CurrentNotice> = {}): CurrentNotice {
  return {
    id: 'n-2',
    version: 2,
    source: 'generated',
    lang: 'en',
    title: 'Privacy notice for desk booking',
    body: '# Privacy notice for desk booking\n\n## In short\n\nAcme GmbH records your desk bookings.\n\n## Who is responsible\n\nAcme GmbH, Hauptstraße 1.',
    contentHash: 'a'.repeat(64),
    publishedAt: '2026-12-01T09:00:00Z',
    changeSummary: null,
    changesSince: [],
    ...overrides,
  };
}

export function aNoticeVersion(overrides: Partial<NoticeVersion> = {}): NoticeVersion {
  return {
    id: 'n-2',
    version: 2,
    source: 'generated',
    languages: ['en', 'de'],
    hasPdf: false,
    contentHash: 'a'.repeat(64),
    changeSummary: 'Bookings now lose the booker’s name after 30 days instead of 90.',
    publishedAt: '2026-12-01T09:00:00Z',
    publishedBy: 'Anna Schmidt',
    current: true,
    accepted: 3,
    total: 4,
    ...overrides,
  };
}

const ALL_DAY = { open: '00:00', close: '24:00' };

/** A location open around the clock (in UTC unless told): today always has a bookable slot, whenever a test runs. */
export function anOfficeLocation(overrides: Partial<OfficeLocation> = {}): OfficeLocation {
  return {
    id: 'l-1',
    name: 'Main office',
    address: '',
    timezone: 'UTC',
    openingHours: { mon: ALL_DAY, tue: ALL_DAY, wed: ALL_DAY, thu: ALL_DAY, fri: ALL_DAY, sat: ALL_DAY, sun: ALL_DAY },
    ...overrides,
  };
}

/** The ground floor of {@link anOfficeLocation}, without a plan image. */
export function aFloor(overrides: Partial<Floor> = {}): Floor {
  return {
    id: 'f-1',
    locationId: 'l-1',
    name: 'Ground floor',
    level: 0,
    hasPlan: false,
    planMimeType: null,
    planWidth: null,
    planHeight: null,
    ...overrides,
  };
}
