import type { TFunction } from 'i18next';
import { ROLES, type AuditEvent, type Role } from '../../api/types';
import { listField, numberField, settingChanges, stringField, type SettingChange } from './audit-details';

/** How a setting's value reads: its option's label, a count with its unit, on/off, or the text. */
type ValueWording = (value: unknown, t: TFunction) => string;

const options =
  <T extends string>(values: readonly T[], label: (value: T, t: TFunction) => string): ValueWording =>
  (value, t) =>
    (values as readonly unknown[]).includes(value) ? label(value as T, t) : t('audit.values.unknown');
const days: ValueWording = (value, t) => (typeof value === 'number' ? t('audit.values.days', { count: value }) : t('audit.values.unknown'));
const minutes: ValueWording = (value, t) =>
  typeof value === 'number' ? t('audit.values.minutes', { count: value }) : t('audit.values.unknown');
const onOff: ValueWording = (value, t) =>
  value === true ? t('audit.values.on') : value === false ? t('audit.values.off') : t('audit.values.unknown');
const text: ValueWording = (value, t) => (typeof value === 'string' && value !== '' ? value : t('audit.values.empty'));

/** Every setting the settings page offers, with its name and how its values read. */
const SETTINGS = {
  'privacy.bookingVisibility': {
    name: 'audit.settings.bookingVisibility',
    value: options(['everyone', 'anonymous', 'user_choice'] as const, (v, t) => t(`settings.privacy.visibility.${v}.label`)),
  },
  'privacy.userChoiceDefault': { name: 'audit.settings.userChoiceDefault', value: onOff },
  'privacy.retention.mode': {
    name: 'audit.settings.retentionMode',
    value: options(['anonymize', 'delete'] as const, (v, t) => t(`settings.privacy.retention.mode.${v}.label`)),
  },
  'privacy.retention.afterDays': { name: 'audit.settings.retentionAfterDays', value: days },
  'privacy.require2fa': {
    name: 'audit.settings.require2fa',
    value: options(['off', 'admins', 'everyone'] as const, (v, t) => t(`settings.privacy.require2fa.${v}`)),
  },
  'privacy.consentRequired': { name: 'audit.settings.consentRequired', value: onOff },
  'booking.maxDaysAhead': { name: 'audit.settings.maxDaysAhead', value: days },
  'booking.maxDurationMinutes': { name: 'audit.settings.maxDurationMinutes', value: minutes },
  'booking.slotMinutes': { name: 'audit.settings.slotMinutes', value: minutes },
  'booking.checkInRequired': { name: 'audit.settings.checkInRequired', value: onOff },
  'booking.checkInGraceMinutes': { name: 'audit.settings.checkInGraceMinutes', value: minutes },
  'organization.legalName': { name: 'audit.settings.legalName', value: text },
  'organization.address': { name: 'audit.settings.address', value: text },
  'organization.contactEmail': { name: 'audit.settings.contactEmail', value: text },
  'organization.dpoEmail': { name: 'audit.settings.dpoEmail', value: text },
  'organization.country': { name: 'audit.settings.country', value: text },
} as const;

function settingSentence(change: SettingChange, t: TFunction): string {
  const known = change.setting in SETTINGS ? SETTINGS[change.setting as keyof typeof SETTINGS] : null;
  // A setting a newer API added: said without its key, which means nothing to the reader.
  if (!known) return t('audit.details.otherSettingChanged');
  return t('audit.details.settingChanged', { setting: t(known.name), from: known.value(change.from, t), to: known.value(change.to, t) });
}

const role = (value: unknown, t: TFunction) =>
  typeof value === 'string' && (ROLES as readonly string[]).includes(value) ? t(`roles.${value as Role}`) : t('audit.values.unknown');

/** Fields a place update names, in reading order; x and y are one "position". */
const FIELDS = {
  name: 'audit.fields.name',
  address: 'audit.fields.address',
  timezone: 'audit.fields.timezone',
  openingHours: 'audit.fields.openingHours',
  level: 'audit.fields.level',
  label: 'audit.fields.label',
  x: 'audit.fields.position',
  y: 'audit.fields.position',
  zone: 'audit.fields.zone',
  amenities: 'audit.fields.amenities',
  bookable: 'audit.fields.bookable',
} as const;

function changedFields(details: unknown, t: TFunction): string[] {
  const names = [
    ...new Set(listField(details, 'changed').map((f) => (f in FIELDS ? t(FIELDS[f as keyof typeof FIELDS]) : t('audit.fields.other')))),
  ];
  return names.length ? [t('audit.details.changedFields', { fields: names.join(', ') })] : [];
}

function placeSentences(event: Pick<AuditEvent, 'action' | 'details'>, t: TFunction): string[] {
  const { details } = event;
  const name = stringField(details, 'name') ?? '';
  const [kind, verb] = event.action.split('.');
  if (kind === 'desk') {
    return [
      t('audit.details.desk', { label: stringField(details, 'label') ?? '', floor: stringField(details, 'floor') ?? '' }),
      ...changedFields(details, t),
    ];
  }
  if (verb === 'plan_uploaded') {
    return [t('audit.details.plan', { name, width: numberField(details, 'width') ?? 0, height: numberField(details, 'height') ?? 0 })];
  }
  const location = stringField(details, 'location');
  const place = location ? t('audit.details.floorIn', { name, location }) : t('audit.details.place', { name });
  return [place, ...changedFields(details, t)];
}

/** A published notice: its number and kind, and whether the system published it after a settings change. */
function noticeSentences(details: unknown, t: TFunction): string[] {
  const version = numberField(details, 'version') ?? 0;
  const kind =
    (details as { pdf?: unknown } | null)?.pdf === true ? 'pdf' : stringField(details, 'source') === 'custom' ? 'custom' : 'generated';
  const sentences = [t(`audit.details.noticePublished_${kind}`, { version })];
  if (stringField(details, 'trigger') === 'settings_changed') sentences.push(t('audit.details.noticePublishedBySystem'));
  return sentences;
}

/** The details of an event as sentences in the reader's language; never a raw key or code. */
export function describeDetails(event: Pick<AuditEvent, 'action' | 'details'>, t: TFunction): string[] {
  const { details } = event;
  switch (event.action) {
    case 'settings.changed':
      return settingChanges(details).map((change) => settingSentence(change, t));
    case 'user.role_changed':
      return [t('audit.details.roleChanged', { from: role(stringField(details, 'from'), t), to: role(stringField(details, 'to'), t) })];
    case 'user.invited':
      return [t('audit.details.invitedAs', { role: role(stringField(details, 'role'), t) })];
    case 'auth.signed_in':
      return details?.twoFactor === true ? [t('audit.details.withTwoFactor')] : [];
    case 'auth.sign_in_failed':
      return [t('audit.details.failedSignIns', { count: numberField(details, 'failures') ?? 1 })];
    case 'floor.qr_codes_replaced':
      return [t('audit.details.qrCodesReplaced', { count: numberField(details, 'rotated') ?? 0 })];
    case 'bookings.imported':
      return [t('audit.details.imported', { count: numberField(details, 'rows') ?? 0 })];
    case 'user.erased':
      return [
        t(details?.self === true ? 'audit.details.erasedSelf' : 'audit.details.erasedByAdmin', {
          role: role(stringField(details, 'role'), t),
        }),
        t('audit.details.erasedBookings', {
          anonymized: numberField(details, 'bookingsAnonymized') ?? 0,
          cancelled: numberField(details, 'bookingsCancelled') ?? 0,
        }),
      ];
    case 'privacy_notice.published':
      return noticeSentences(details, t);
    case 'location.created':
    case 'location.updated':
    case 'location.deleted':
    case 'floor.created':
    case 'floor.updated':
    case 'floor.deleted':
    case 'floor.plan_uploaded':
    case 'desk.created':
    case 'desk.updated':
    case 'desk.deleted':
      return placeSentences(event, t);
    default:
      return [];
  }
}
