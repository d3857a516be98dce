import type { CookieOptions, Request, Response } from 'express';

/**
 * Over HTTPS the cookie is `__Host-` prefixed and Secure (bound to this exact origin). Over plain
 * HTTP (localhost, the embedded default) browsers refuse both, so the unprefixed name is used.
 */
export const SECURE_COOKIE = '__Host-deskbook_session';
export const PLAIN_COOKIE = 'deskbook_session';

export function readSessionCookie(req: Request): string | undefined {
  const cookies = (req.cookies ?? {}) as Record<string, string | undefined>;
  return cookies[SECURE_COOKIE] ?? cookies[PLAIN_COOKIE];
}

export function setSessionCookie(req: Request, res: Response, token: string, maxAgeMs: number): void {
  const options: CookieOptions = { httpOnly: true, sameSite: 'lax', path: '/', maxAge: maxAgeMs, secure: req.secure };
  res.cookie(req.secure ? SECURE_COOKIE : PLAIN_COOKIE, token, options);
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(SECURE_COOKIE, { path: '/', secure: true, httpOnly: true, sameSite: 'lax' });
  res.clearCookie(PLAIN_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: req.secure });
}
