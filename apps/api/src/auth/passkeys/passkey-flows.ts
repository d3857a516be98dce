import type { Request } from 'express';
import { publicOrigin } from '../../common/http/public-origin.js';
import type { AppConfig } from '../../config/config.js';
import type { FlowCookie } from '../flow-cookie.js';
import type { SecretSealer } from '../secret-sealer.service.js';

/** A WebAuthn ceremony must be finished within this time (the browser's own timeout is the same). */
export const PASSKEY_CEREMONY_MS = 5 * 60_000;

export interface RegistrationFlow {
  challenge: string;
  /** The person who asked for the options: a cookie carried into another person's session is refused. */
  userId: string;
}

export interface SignInFlow {
  challenge: string;
}

const isString = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

export function registrationFlow(sealer: SecretSealer): FlowCookie<RegistrationFlow> {
  return {
    name: 'deskbook_passkey_registration',
    path: '/api/me/passkeys',
    maxAgeMs: PASSKEY_CEREMONY_MS,
    sealer,
    parse: (v) => {
      const { challenge, userId } = (v ?? {}) as Partial<RegistrationFlow>;
      return isString(challenge) && isString(userId) ? { challenge, userId } : null;
    },
  };
}

export function signInFlow(sealer: SecretSealer): FlowCookie<SignInFlow> {
  return {
    name: 'deskbook_passkey_sign_in',
    path: '/api/auth/passkey',
    maxAgeMs: PASSKEY_CEREMONY_MS,
    sealer,
    parse: (v) => {
      const { challenge } = (v ?? {}) as Partial<SignInFlow>;
      return isString(challenge) ? { challenge } : null;
    },
  };
}

/** Who the browser must think it talks to: the origin people reach Deskbook at and its hostname as RP ID. */
export interface RelyingParty {
  origin: string;
  rpID: string;
}

export function relyingParty(config: Pick<AppConfig, 'publicUrl'>, req: Pick<Request, 'protocol' | 'get'>): RelyingParty {
  const origin = publicOrigin(config, req);
  return { origin, rpID: new URL(origin).hostname };
}

/** The WebAuthn user handle of a person: their id's bytes, so a sign-in's handle names them. */
export const userHandleOf = (userId: string): Uint8Array<ArrayBuffer> => new Uint8Array(Buffer.from(userId, 'utf8'));
