import { API_LIMITS } from '@deskbook/api-client';
import { leafPaths, type SettingsPatch } from './settings-diff';

/**
 * Leaf paths of the settings the generated privacy notice describes: in generated mode, saving a change to
 * one of them publishes a new notice version, which everyone is asked to accept. The API decides and
 * publishes the list in its OpenAPI document; this page only warns before saving. Arrays (the
 * processors) count as one setting.
 */
export const NOTICE_SETTINGS: readonly string[] = API_LIMITS.noticeSettings;

/** The described settings a save would change, for the section (`privacy`, `organization`) given. */
export function noticeSettingsChanged(patch: SettingsPatch, section: 'privacy' | 'organization'): string[] {
  return leafPaths(patch).filter((path) => path.startsWith(`${section}.`) && NOTICE_SETTINGS.includes(path));
}
