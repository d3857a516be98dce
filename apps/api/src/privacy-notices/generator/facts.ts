import { ANONYMIZE_EVERY_MS_DEFAULT, SESSION_ABSOLUTE_HOURS_DEFAULT, SESSION_IDLE_MINUTES_DEFAULT } from '../../config/config.js';
import type { Processor, TenantSettings } from '../../tenants/settings.js';

/*
 * What the generated texts (the notice, the Art. 30 record, the TOMs) state, derived from the settings
 * without any language: the wording files turn these into sentences. Pure; no Nest, no database.
 */

export type Organization = TenantSettings['organization'];
export type Retention = TenantSettings['privacy']['retention'];
export type Visibility = TenantSettings['privacy']['bookingVisibility'];
export type TwoFactorPolicy = TenantSettings['privacy']['require2fa'];

/**
 * Defaults of the operator's configuration (config.ts), stated as defaults: an installation may set
 * other limits, and the texts say so rather than claim a number the settings do not control.
 */
export const OPERATOR_DEFAULTS = {
  sessionIdleDays: SESSION_IDLE_MINUTES_DEFAULT / 1_440,
  sessionAbsoluteDays: SESSION_ABSOLUTE_HOURS_DEFAULT / 24,
  sweepEveryMinutes: ANONYMIZE_EVERY_MS_DEFAULT / 60_000,
} as const;

/** EU member states plus Iceland, Liechtenstein and Norway: a processor elsewhere means a transfer (GDPR Chapter V). */
const EEA = new Set('AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO'.split(' '));

export function isInEea(country: string): boolean {
  return EEA.has(country.toUpperCase());
}

/** Processors the admin listed in a country outside the EU/EEA. */
export function processorsOutsideEea(org: Organization): Processor[] {
  return org.processors.filter((p) => !isInEea(p.country));
}

/**
 * Transfers outside the EU/EEA as the texts state them: the admin's own description; `none` only when
 * nothing points elsewhere; `undescribed` when a listed processor sits outside the EEA but the
 * description is empty (the texts then say so instead of claiming there are none).
 */
export type Transfers = { kind: 'described'; text: string } | { kind: 'none' } | { kind: 'undescribed'; processors: Processor[] };

export function transfersOf(org: Organization): Transfers {
  const text = org.thirdCountryTransfers.trim();
  if (text !== '') return { kind: 'described', text };
  const outside = processorsOutsideEea(org);
  return outside.length > 0 ? { kind: 'undescribed', processors: outside } : { kind: 'none' };
}

/**
 * Organization data the notice needs but the settings lack, as setting paths: the controller's legal
 * name and contact (GDPR Art. 13(1)(a)), and a description of transfers when a processor is outside
 * the EU/EEA (Art. 13(1)(f)).
 */
export function missingOrganizationData(settings: TenantSettings): string[] {
  const org = settings.organization;
  const missing = (['legalName', 'contactEmail'] as const).filter((key) => org[key].trim() === '').map((key) => `organization.${key}`);
  if (transfersOf(org).kind === 'undescribed') missing.push('organization.thirdCountryTransfers');
  return missing;
}

/** Strictness of the visibility modes: a move to a higher number shows more, and never applies to earlier bookings. */
const OPENNESS: Record<Visibility, number> = { anonymous: 0, user_choice: 1, everyone: 2 };

export function isLoosening(before: Visibility, after: Visibility): boolean {
  return OPENNESS[after] > OPENNESS[before];
}

/**
 * Admin-entered text inside the Markdown: characters that would turn into formatting, links or HTML
 * are escaped, and a line break becomes a comma (or a space after a full stop), so a name is shown exactly as typed.
 */
export function inline(text: string): string {
  return text
    .replace(/([.,;:!?])?[ \t]*\r?\n\s*/g, (_, stop: string | undefined) => (stop ? `${stop} ` : ', '))
    .replace(/[\\`*_[\]<>#|~!]/g, (c) => `\\${c}`)
    .trim();
}
