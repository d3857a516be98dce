import type { TFunction } from 'i18next';
import { describeUserAgent } from './user-agent';

/** "Chrome on Linux", "Unknown browser on Windows", "curl" or "Unknown device", in the interface language. */
export function deviceLabel(userAgent: string | null | undefined, t: TFunction): string {
  const { browser, os } = describeUserAgent(userAgent);
  if (browser && os) return t('security.sessions.device.browserOnOs', { browser, os });
  if (os) return t('security.sessions.device.unknownBrowserOnOs', { os });
  return browser ?? t('security.sessions.device.unknown');
}
