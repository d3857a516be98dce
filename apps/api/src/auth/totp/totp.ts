import { randomBytes } from 'node:crypto';
import { ScureBase32Plugin, generateURI, verify } from 'otplib';

/** RFC 6238 as authenticator apps expect it: SHA-1, 6 digits, 30-second steps. */
export const TOTP_PERIOD_S = 30;
export const TOTP_ISSUER = 'Deskbook';
/** 20 bytes = 160 bits, the HMAC-SHA-1 block-size recommendation of RFC 4226. */
const SECRET_BYTES = 20;

const base32 = new ScureBase32Plugin();

export function newTotpSecret(): string {
  return base32.encode(randomBytes(SECRET_BYTES), { padding: false });
}

export function totpUri(secret: string, accountName: string): string {
  return generateURI({ issuer: TOTP_ISSUER, label: accountName, secret, period: TOTP_PERIOD_S, digits: 6, algorithm: 'sha1' });
}

export const timeStepAt = (epochSeconds: number): number => Math.floor(epochSeconds / TOTP_PERIOD_S);

/**
 * Checks a code against the secret, accepting the previous, current and next time step (clock
 * drift), but never a step at or before `lastUsedStep` (replay). Returns the matched step, which
 * the caller must record atomically before it treats the code as accepted.
 */
export async function matchTotp(secret: string, code: string, lastUsedStep: number | null, nowMs = Date.now()): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const epoch = Math.floor(nowMs / 1000);
  try {
    const result = await verify({
      secret,
      token: code,
      epoch,
      period: TOTP_PERIOD_S,
      epochTolerance: TOTP_PERIOD_S,
      ...(lastUsedStep !== null ? { afterTimeStep: lastUsedStep } : {}),
    });
    return result.valid && 'timeStep' in result ? result.timeStep : null;
  } catch {
    // otplib refuses an afterTimeStep beyond the window (a clock that went backwards): no match.
    return null;
  }
}
