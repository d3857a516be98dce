/**
 * Which issuer URLs Deskbook talks to. Production providers must use https; plain http is allowed only
 * for a provider on this machine's loopback interface (development and the tests' in-process provider).
 */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

export type IssuerVerdict = { ok: true; url: URL; insecureAllowed: boolean } | { ok: false; reason: string };

export function checkIssuerUrl(issuer: string): IssuerVerdict {
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    return { ok: false, reason: 'The issuer is not a URL' };
  }
  if (url.username || url.password || url.search || url.hash)
    return { ok: false, reason: 'The issuer URL must have no credentials, query or fragment' };
  const loopback = LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol === 'https:') return { ok: true, url, insecureAllowed: false };
  if (url.protocol === 'http:' && loopback) return { ok: true, url, insecureAllowed: true };
  return { ok: false, reason: 'The issuer must use https' };
}
