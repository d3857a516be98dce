import { hkdfSync } from 'node:crypto';

/** Derives an independent key per purpose from APP_SECRET, so one leak does not expose the others. */
export function deriveKey(
  appSecret: string,
  purpose: 'jwt' | 'totp-encryption' | 'recovery-codes' | 'throttle-keys' | 'calendar-feeds',
): Buffer {
  return Buffer.from(hkdfSync('sha256', appSecret, 'deskbook', purpose, 32));
}
