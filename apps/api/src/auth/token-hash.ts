import { createHash, randomBytes } from 'node:crypto';

/** Opaque single-use tokens (invites): 32 random bytes for the person, only a SHA-256 stored. */
export function newOpaqueToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashOpaqueToken(token) };
}

export function hashOpaqueToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
