import { leafPaths, type SettingsPatch } from './settings-diff';

/**
 * Leaf paths of the settings the generated privacy notice describes: in generated mode, saving a change to
 * one of them publishes a new notice version, which everyone is asked to accept. The same list as the
 * API's NOTICE_SETTINGS (apps/api/src/privacy-notices/generator/notice.ts), which decides; this one only
 * warns before saving. Arrays (the processors) count as one setting.
 */
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

/** The described settings a save would change, for the section (`privacy`, `organization`) given. */
export function noticeSettingsChanged(patch: SettingsPatch, section: 'privacy' | 'organization'): string[] {
  return leafPaths(patch).filter((path) => path.startsWith(`${section}.`) && NOTICE_SETTINGS.includes(path));
}
