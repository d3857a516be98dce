import { deriveKey, type SecretPurpose } from './secrets.js';
import { openSecret, sealSecret } from './totp/totp-secret-box.js';

/**
 * Seals secrets another feature must show its person again (the calendar feed's token) the way TOTP
 * secrets are sealed: AES-256-GCM under a key derived from APP_SECRET for that one purpose, so a copy
 * of the database alone reveals none of them.
 */
export class SecretSealer {
  private readonly key: Buffer;

  constructor(appSecret: string, purpose: Exclude<SecretPurpose, 'jwt' | 'recovery-codes' | 'throttle-keys'>) {
    this.key = deriveKey(appSecret, purpose);
  }

  seal(secret: string): string {
    return sealSecret(this.key, secret);
  }

  open(sealed: string): string {
    return openSecret(this.key, sealed);
  }
}
