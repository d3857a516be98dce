/** The base32 key without the spaces or lower case people (and some apps) add. */
export function normalizeSecret(secret: string): string {
  return secret.replace(/[\s-]+/g, '').toUpperCase();
}

/**
 * The key for typing it into an authenticator app by hand: blocks of four ("JBSW Y3DP EHPK 3PXP"), which
 * most apps accept with or without the spaces.
 */
export function groupSecret(secret: string, blockSize = 4): string {
  const key = normalizeSecret(secret);
  const blocks: string[] = [];
  for (let start = 0; start < key.length; start += blockSize) blocks.push(key.slice(start, start + blockSize));
  return blocks.join(' ');
}
