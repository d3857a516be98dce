/**
 * Tokens of links we mail (/reset-password#token=…, /confirm-email#token=…) travel in the URL
 * fragment: browsers never send it to a server, so the token stays out of access logs and Referer headers.
 */
export function tokenFromFragment(hash: string): string | null {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const token = params.get('token')?.trim() ?? '';
  return token === '' ? null : token;
}
