/** The domain part of what is typed into the e-mail field, once it looks like a whole address. */
export function domainOf(email: string): string | null {
  const trimmed = email.trim().toLowerCase();
  const at = trimmed.lastIndexOf('@');
  if (at < 1) return null;
  const domain = trimmed.slice(at + 1);
  return /^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(domain) ? domain : null;
}

/** The sign-in failures the API sends the login page back with (`?sso_error=`); each has its text. */
export const SSO_ERROR_CODES = [
  'SSO_FAILED',
  'SSO_STATE_INVALID',
  'SSO_EMAIL_UNVERIFIED',
  'SSO_DOMAIN_NOT_ALLOWED',
  'ACCOUNT_EXISTS',
] as const;
export type SsoErrorCode = (typeof SSO_ERROR_CODES)[number];

/** The code from the URL, `SSO_FAILED` for one this version does not know, null when there is none. */
export function ssoErrorOf(search: URLSearchParams): SsoErrorCode | null {
  const code = search.get('sso_error');
  if (code === null) return null;
  return (SSO_ERROR_CODES as readonly string[]).includes(code) ? (code as SsoErrorCode) : 'SSO_FAILED';
}

/** The login URL is the API's own path; anything else (another origin) is not followed. */
export function isSameOriginPath(url: string): boolean {
  return url.startsWith('/api/auth/sso/') && !url.startsWith('//');
}
