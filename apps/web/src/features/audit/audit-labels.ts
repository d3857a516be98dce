/** i18n keys of the audit actions and target types this version knows; others print as they come. */
export const AUDIT_ACTION_KEYS = {
  'user.invited': 'audit.actions.user.invited',
  'user.role_changed': 'audit.actions.user.role_changed',
  'user.renamed': 'audit.actions.user.renamed',
  'user.deleted': 'audit.actions.user.deleted',
  'user.invite_accepted': 'audit.actions.user.invite_accepted',
  'settings.changed': 'audit.actions.settings.changed',
  'user.erased': 'audit.actions.user.erased',
  'booking.cancelled': 'audit.actions.booking.cancelled',
  'bookings.imported': 'audit.actions.bookings.imported',
  '2fa.enabled': 'audit.actions.2fa.enabled',
  '2fa.disabled': 'audit.actions.2fa.disabled',
  '2fa.recovery_code_used': 'audit.actions.2fa.recovery_code_used',
  '2fa.recovery_codes_regenerated': 'audit.actions.2fa.recovery_codes_regenerated',
  'password.changed': 'audit.actions.password.changed',
  'session.revoked': 'audit.actions.session.revoked',
  'auth.locked_out': 'audit.actions.auth.locked_out',
} as const;

export const AUDIT_TARGET_KEYS = {
  user: 'audit.targets.user',
  tenant: 'audit.targets.tenant',
  settings: 'audit.targets.settings',
  booking: 'audit.targets.booking',
} as const;

export function auditActionKey(action: string) {
  return action in AUDIT_ACTION_KEYS ? AUDIT_ACTION_KEYS[action as keyof typeof AUDIT_ACTION_KEYS] : null;
}

export function auditTargetKey(targetType: string) {
  return targetType in AUDIT_TARGET_KEYS ? AUDIT_TARGET_KEYS[targetType as keyof typeof AUDIT_TARGET_KEYS] : null;
}
