import type { QueryClient } from '@tanstack/react-query';

/**
 * The first element of every cached query's key: the server resource the answer comes from. Each
 * feature builds its own keys under its root (`features/<feature>/hooks/*-query-keys.ts`).
 */
export const QUERY_ROOTS = {
  session: 'session',
  invitePreview: 'invite-preview',
  places: 'places',
  bookings: 'bookings',
  users: 'users',
  auditLog: 'audit-log',
  tenantSettings: 'tenant-settings',
  anonymizationStatus: 'anonymization-status',
  signInSessions: 'sign-in-sessions',
  recoveryCodesLeft: 'recovery-codes-left',
  privacyNotice: 'privacy-notice',
  noticePreview: 'privacy-notice-preview',
  noticeVersions: 'privacy-notice-versions',
  analytics: 'analytics',
  calendarFeed: 'calendar-feed',
  favourites: 'favourites',
  deskBlocks: 'desk-blocks',
  passkeys: 'passkeys',
  sso: 'sso',
  notificationPreferences: 'notification-preferences',
  mailStatus: 'mail-status',
} as const;

export type QueryRoot = keyof typeof QUERY_ROOTS;

/**
 * Which cached answers a change on the server makes stale: the one place to look when a page shows
 * old data after a change made on another.
 */
export const STALE_AFTER = {
  // Availability is built from the places.
  placesChanged: ['places', 'bookings'],
  // The signed-in admin may have changed their own name or role.
  usersChanged: ['users', 'session'],
  bookingsChanged: ['bookings'],
  // Printed desk codes stop working; scans are cached under bookings, and the audit log has the event.
  deskCodesReplaced: ['bookings', 'auditLog'],
  // A block changes availability, may cancel bookings, and writes an audit event.
  blocksChanged: ['deskBlocks', 'bookings', 'auditLog'],
  // The import queues an anonymization run and writes an audit event.
  bookingsImported: ['bookings', 'anonymizationStatus', 'auditLog'],
  // A stricter 2FA policy may cover the admin themselves.
  twoFactorPolicyChanged: ['session'],
  // What is due for anonymization follows the retention setting.
  retentionChanged: ['anonymizationStatus'],
  anonymizationQueued: ['anonymizationStatus'],
  ownTwoFactorChanged: ['session'],
  recoveryCodesChanged: ['recoveryCodesLeft'],
  signInSessionsChanged: ['signInSessions'],
  // A new password ends the person's other sessions.
  passwordChanged: ['signInSessions'],
  // A new version asks everyone (the admin too) to accept again; acceptance rates start over.
  noticePublished: ['privacyNotice', 'noticePreview', 'noticeVersions', 'session'],
  // The gate (GET /me consent) and the acceptance rates follow a consent or its withdrawal.
  consentChanged: ['session', 'noticeVersions'],
  // In generated mode the API republishes the notice when a setting it describes changes; the preview
  // follows every organization or privacy setting.
  noticeSettingsChanged: ['privacyNotice', 'noticePreview', 'noticeVersions', 'session'],
  // A finished rollup refresh changes every figure; the minimum group size decides what is withheld.
  analyticsRefreshed: ['analytics'],
  analyticsMinGroupSizeChanged: ['analytics'],
  // Making, regenerating or revoking the feed URL writes an audit event.
  calendarFeedChanged: ['calendarFeed', 'auditLog'],
  favouritesChanged: ['favourites'],
  // The profile counts passkeys, and a first one ends a pending 2FA enrolment.
  passkeysChanged: ['passkeys', 'session'],
} as const satisfies Record<string, readonly QueryRoot[]>;

export type ServerChange = keyof typeof STALE_AFTER;

/** Marks what `change` made stale; the queries on screen refetch, the others when next used. */
export async function invalidateAfter(queryClient: QueryClient, change: ServerChange): Promise<void> {
  await Promise.all(STALE_AFTER[change].map((root) => queryClient.invalidateQueries({ queryKey: [QUERY_ROOTS[root]] })));
}
