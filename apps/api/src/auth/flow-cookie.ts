import type { CookieOptions, Request, Response } from 'express';
import type { SecretSealer } from './secret-sealer.service.js';

/**
 * What a sign-in flow must remember between two requests of one browser, without a server-side row:
 * the OpenID Connect `state`, `nonce` and PKCE verifier, a WebAuthn challenge. Sealed (AES-GCM under
 * the `auth-flows` key), httpOnly, SameSite=Lax and short-lived: the browser carries it, but can
 * neither read nor forge it, and a copy stops working when `expiresAt` passes.
 */
export interface FlowCookie<T> {
  /** The cookie's name; `__Host-` is added over HTTPS, as for the session cookie. */
  name: string;
  /** Where the browser sends it back, e.g. `/api/auth/sso`: it travels with no other request. */
  path: string;
  maxAgeMs: number;
  sealer: SecretSealer;
  /** Checks the shape of what comes back (it was sealed by us, but by an older version perhaps). */
  parse: (value: unknown) => T | null;
}

const cookieName = (req: Request, name: string) => (req.secure ? `__Host-${name}` : name);

export function setFlowCookie<T>(flow: FlowCookie<T>, req: Request, res: Response, value: T): void {
  const sealed = flow.sealer.seal(JSON.stringify({ value, expiresAt: Date.now() + flow.maxAgeMs }));
  // `__Host-` requires path "/": the prefixed cookie goes everywhere, the plain one only to its path.
  const options: CookieOptions = {
    httpOnly: true,
    sameSite: 'lax',
    secure: req.secure,
    path: req.secure ? '/' : flow.path,
    maxAge: flow.maxAgeMs,
  };
  res.cookie(cookieName(req, flow.name), sealed, options);
}

/** The value, or null when the cookie is missing, forged, expired or of another shape. */
export function readFlowCookie<T>(flow: FlowCookie<T>, req: Request): T | null {
  const sealed = ((req.cookies ?? {}) as Record<string, string | undefined>)[cookieName(req, flow.name)];
  if (!sealed) return null;
  try {
    const { value, expiresAt } = JSON.parse(flow.sealer.open(sealed)) as { value: unknown; expiresAt: number };
    return typeof expiresAt === 'number' && expiresAt > Date.now() ? flow.parse(value) : null;
  } catch {
    return null;
  }
}

/** Single use: the flow clears its cookie as soon as it has read it. */
export function clearFlowCookie<T>(flow: FlowCookie<T>, req: Request, res: Response): void {
  res.clearCookie(cookieName(req, flow.name), { httpOnly: true, sameSite: 'lax', secure: req.secure, path: req.secure ? '/' : flow.path });
}
