import type { NoticeLanguage } from '../dto/privacy-notice.dto.js';
import type { TenantSettings } from '../../tenants/settings.js';
import type { GeneratedText, NoticeInput } from './notice-input.js';

/*
 * PLACEHOLDER of the foundation commit: the signatures are the contract between the notice texts and
 * the versions that publish them; the texts themselves replace these bodies.
 */

/** Leaf paths of the settings the generated notice describes: a change to one of them republishes it. */
export const NOTICE_SETTINGS: readonly string[] = [
  'privacy.bookingVisibility',
  'privacy.userChoiceDefault',
  'privacy.retention.mode',
  'privacy.retention.afterDays',
  'privacy.require2fa',
  'organization.legalName',
  'organization.address',
  'organization.contactEmail',
  'organization.dpoEmail',
  'organization.country',
  'organization.processors',
  'organization.thirdCountryTransfers',
];

/** The notice in one language: a short first layer, then the full text (GDPR Art. 13; WP260 ¶35–36). */
export function generateNotice(input: NoticeInput, lang: NoticeLanguage): GeneratedText {
  const title = lang === 'de' ? 'Datenschutzhinweis zur Arbeitsplatzbuchung' : 'Privacy notice for desk booking';
  return { title, body: `# ${title}\n\n${JSON.stringify(input.settings.privacy)}\n` };
}

/** Organization data the notice needs but the settings lack, as setting paths (`organization.legalName`). */
export function missingOrganizationData(settings: TenantSettings): string[] {
  return (['legalName', 'contactEmail'] as const)
    .filter((key) => settings.organization[key].trim() === '')
    .map((key) => `organization.${key}`);
}

/** The automatic change summary of a republish, e.g. "Bookings now lose the booker's name after 30 days instead of 90." */
export function describeChanges(before: TenantSettings, after: TenantSettings, changed: readonly string[], lang: NoticeLanguage): string {
  void before;
  void after;
  return (lang === 'de' ? 'Geändert: ' : 'Changed: ') + changed.join(', ');
}
