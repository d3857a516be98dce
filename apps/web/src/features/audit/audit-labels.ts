import type { AuditEvent } from '../../api/types';

type AuditAction = AuditEvent['action'];
type AuditTargetType = NonNullable<AuditEvent['targetType']>;

/** i18n keys of every audit action the API sends (the generated enum makes this list complete). */
export const AUDIT_ACTION_KEYS = {
  'user.invited': 'audit.actions.user.invited',
  'user.role_changed': 'audit.actions.user.role_changed',
  'user.renamed': 'audit.actions.user.renamed',
  'user.deleted': 'audit.actions.user.deleted',
  'user.invite_accepted': 'audit.actions.user.invite_accepted',
  'user.invite_resent': 'audit.actions.user.invite_resent',
  'user.erased': 'audit.actions.user.erased',
  'user.2fa_reset': 'audit.actions.user.2fa_reset',
  'settings.changed': 'audit.actions.settings.changed',
  'booking.cancelled': 'audit.actions.booking.cancelled',
  'booking.created_for_person': 'audit.actions.booking.created_for_person',
  'bookings.imported': 'audit.actions.bookings.imported',
  '2fa.enabled': 'audit.actions.2fa.enabled',
  '2fa.disabled': 'audit.actions.2fa.disabled',
  '2fa.recovery_code_used': 'audit.actions.2fa.recovery_code_used',
  '2fa.recovery_codes_regenerated': 'audit.actions.2fa.recovery_codes_regenerated',
  'password.changed': 'audit.actions.password.changed',
  'session.revoked': 'audit.actions.session.revoked',
  'passkey.added': 'audit.actions.passkey.added',
  'passkey.renamed': 'audit.actions.passkey.renamed',
  'passkey.removed': 'audit.actions.passkey.removed',
  'auth.signed_in': 'audit.actions.auth.signed_in',
  'auth.sign_in_failed': 'audit.actions.auth.sign_in_failed',
  'auth.locked_out': 'audit.actions.auth.locked_out',
  'auth.password_reset': 'audit.actions.auth.password_reset',
  'anonymization.requested': 'audit.actions.anonymization.requested',
  'location.created': 'audit.actions.location.created',
  'location.updated': 'audit.actions.location.updated',
  'location.deleted': 'audit.actions.location.deleted',
  'floor.created': 'audit.actions.floor.created',
  'floor.updated': 'audit.actions.floor.updated',
  'floor.deleted': 'audit.actions.floor.deleted',
  'floor.plan_uploaded': 'audit.actions.floor.plan_uploaded',
  'floor.qr_codes_replaced': 'audit.actions.floor.qr_codes_replaced',
  'floor.blocked': 'audit.actions.floor.blocked',
  'floor.unblocked': 'audit.actions.floor.unblocked',
  'desk.created': 'audit.actions.desk.created',
  'desk.updated': 'audit.actions.desk.updated',
  'desk.deleted': 'audit.actions.desk.deleted',
  'tenant.exported': 'audit.actions.tenant.exported',
  'privacy_notice.published': 'audit.actions.privacy_notice.published',
  'consent.given': 'audit.actions.consent.given',
  'consent.withdrawn': 'audit.actions.consent.withdrawn',
  'calendar_feed.created': 'audit.actions.calendar_feed.created',
  'calendar_feed.regenerated': 'audit.actions.calendar_feed.regenerated',
  'calendar_feed.revoked': 'audit.actions.calendar_feed.revoked',
  'sso.configured': 'audit.actions.sso.configured',
  'auth.sso_login': 'audit.actions.auth.sso_login',
  'user.created_jit': 'audit.actions.user.created_jit',
} as const satisfies Record<AuditAction, string>;

export const AUDIT_TARGET_KEYS = {
  user: 'audit.targets.user',
  tenant: 'audit.targets.tenant',
  booking: 'audit.targets.booking',
  location: 'audit.targets.location',
  floor: 'audit.targets.floor',
  desk: 'audit.targets.desk',
  privacy_notice: 'audit.targets.privacy_notice',
} as const satisfies Record<AuditTargetType, string>;

/** An action a newer API may send that this version does not know yet words as "Other event". */
export function auditActionKey(action: string) {
  return action in AUDIT_ACTION_KEYS ? AUDIT_ACTION_KEYS[action as AuditAction] : 'audit.actions.other';
}

export function auditTargetKey(targetType: string) {
  return targetType in AUDIT_TARGET_KEYS ? AUDIT_TARGET_KEYS[targetType as AuditTargetType] : 'audit.targets.other';
}
