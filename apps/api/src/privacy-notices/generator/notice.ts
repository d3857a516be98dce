import type { NoticeLanguage } from '../dto/privacy-notice.dto.js';
import type { TenantSettings } from '../../tenants/settings.js';
import { changeSentences } from './changes.js';
import type { GeneratedText, NoticeInput } from './notice-input.js';
import { noticeDe } from './notice.de.js';
import { noticeEn } from './notice.en.js';

export { missingOrganizationData } from './facts.js';

/**
 * Leaf paths of the settings the generated notice describes: a change to one of them republishes it.
 * notice-settings.spec.ts mutates every leaf of the settings and fails when the text changes for a
 * path not listed here, or a listed one changes nothing.
 */
export const NOTICE_SETTINGS: readonly string[] = [
  'privacy.bookingVisibility',
  'privacy.userChoiceDefault',
  'privacy.retention.mode',
  'privacy.retention.afterDays',
  'privacy.require2fa',
  'privacy.analyticsMinGroupSize',
  'organization.legalName',
  'organization.address',
  'organization.contactEmail',
  'organization.dpoEmail',
  'organization.country',
  'organization.processors',
  'organization.thirdCountryTransfers',
];

const WRITERS: Record<NoticeLanguage, (input: NoticeInput) => GeneratedText> = { en: noticeEn, de: noticeDe };

/** The notice in one language: a short first layer, then the full text (GDPR Art. 13; WP260 ¶35–36). */
export function generateNotice(input: NoticeInput, lang: NoticeLanguage): GeneratedText {
  return WRITERS[lang](input);
}

/**
 * The automatic change summary of a republish, e.g. "Bookings now lose the booker's name after 30
 * days instead of 90.": one sentence per changed path the notice describes, in the notice's order.
 * Empty when none of `changed` is described (the text did not change either).
 */
export function describeChanges(before: TenantSettings, after: TenantSettings, changed: readonly string[], lang: NoticeLanguage): string {
  return changeSentences(before, after, changed, lang).join(' ');
}
