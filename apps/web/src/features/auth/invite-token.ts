/**
 * The invite token travels in the URL fragment (/accept-invite#<token>): browsers never send the
 * fragment to a server, so the token stays out of access logs and Referer headers.
 */
export function inviteTokenFromHash(hash: string): string | null {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  let token: string;
  try {
    token = decodeURIComponent(raw).trim();
  } catch {
    return null;
  }
  return token === '' ? null : token;
}

export function inviteLink(origin: string, inviteToken: string): string {
  return `${origin}/accept-invite#${encodeURIComponent(inviteToken)}`;
}
