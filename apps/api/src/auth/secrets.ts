import { hkdfSync } from 'node:crypto';

/** Every use of APP_SECRET; each gets its own key. */
export type SecretPurpose =
  'jwt' | 'totp-encryption' | 'recovery-codes' | 'throttle-keys' | 'calendar-feeds' | 'auth-flows' | 'sso-client-secrets' | 'mail-outbox';

/** Derives an independent key per purpose from APP_SECRET, so one leak does not expose the others. */
export function deriveKey(appSecret: string, purpose: SecretPurpose): Buffer {
  return Buffer.from(hkdfSync('sha256', appSecret, 'deskbook', purpose, 32));
}
