import { generate } from 'otplib';
import { describe, expect, it } from 'vitest';
import { matchTotp, newTotpSecret, timeStepAt, totpUri } from './totp.js';
import { openSecret, sealSecret } from './totp-secret-box.js';
import { randomBytes } from 'node:crypto';

/** RFC 6238 appendix B, SHA-1 column, with the 8-digit values truncated to 6 (mod 10^6). */
const RFC_SECRET = new TextEncoder().encode('12345678901234567890');
const RFC_VECTORS: [number, string][] = [
  [59, '287082'],
  [1111111109, '081804'],
  [1111111111, '050471'],
  [1234567890, '005924'],
  [2000000000, '279037'],
  [20000000000, '353130'],
];

describe('TOTP', () => {
  it.each(RFC_VECTORS)('generates the RFC 6238 code at T=%i', async (epoch, expected) => {
    expect(await generate({ secret: RFC_SECRET, epoch })).toBe(expected);
  });

  it('makes 160-bit base32 secrets', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(secret);
  });

  it('builds an otpauth URL with issuer Deskbook and the e-mail as account', () => {
    const url = new URL(totpUri('JBSWY3DPEHPK3PXP', 'anna@example.com'));
    expect(url.protocol).toBe('otpauth:');
    expect(url.host).toBe('totp');
    expect(decodeURIComponent(url.pathname)).toBe('/Deskbook:anna@example.com');
    expect(url.searchParams.get('secret')).toBe('JBSWY3DPEHPK3PXP');
    expect(url.searchParams.get('issuer')).toBe('Deskbook');
  });

  describe('matchTotp', () => {
    const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    const now = 1_800_000_015_000; // 15 s into a step
    const step = timeStepAt(now / 1000);
    const codeAt = (s: number) => generate({ secret, epoch: s * 30 });

    it('accepts the current step and returns it', async () => {
      expect(await matchTotp(secret, await codeAt(step), null, now)).toBe(step);
    });

    it('accepts one step back and one ahead (clock drift)', async () => {
      expect(await matchTotp(secret, await codeAt(step - 1), null, now)).toBe(step - 1);
      expect(await matchTotp(secret, await codeAt(step + 1), null, now)).toBe(step + 1);
    });

    it('refuses two steps away', async () => {
      expect(await matchTotp(secret, await codeAt(step - 2), null, now)).toBeNull();
      expect(await matchTotp(secret, await codeAt(step + 2), null, now)).toBeNull();
    });

    it('refuses a code whose step was already used (replay), and earlier steps', async () => {
      expect(await matchTotp(secret, await codeAt(step), step, now)).toBeNull();
      expect(await matchTotp(secret, await codeAt(step - 1), step, now)).toBeNull();
      expect(await matchTotp(secret, await codeAt(step + 1), step, now)).toBe(step + 1);
    });

    it('refuses malformed codes and a last step in the future', async () => {
      expect(await matchTotp(secret, '12345', null, now)).toBeNull();
      expect(await matchTotp(secret, 'abcdef', null, now)).toBeNull();
      expect(await matchTotp(secret, await codeAt(step), step + 5, now)).toBeNull();
    });
  });

  it('encrypts secrets with AES-256-GCM and detects tampering', () => {
    const key = randomBytes(32);
    const sealed = sealSecret(key, 'JBSWY3DPEHPK3PXP');
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(openSecret(key, sealed)).toBe('JBSWY3DPEHPK3PXP');
    const [v, iv, tag, ct] = sealed.split('.');
    const tampered = [
      v,
      iv,
      tag,
      Buffer.from(Buffer.from(ct, 'base64url').map((b, i) => (i === 0 ? b ^ 1 : b))).toString('base64url'),
    ].join('.');
    expect(() => openSecret(key, tampered)).toThrow();
    expect(() => openSecret(randomBytes(32), sealed)).toThrow();
  });
});
