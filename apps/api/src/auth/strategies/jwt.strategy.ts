import { createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { AuthenticatedRequest } from '../../common/auth/auth.guards.js';
import { readSessionCookie } from '../../common/auth/session-cookie.js';
import type { Principal } from '../../common/context/request-context.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';
import { deriveKey } from '../secrets.js';
import { JWT_AUDIENCE, SessionsService, type JwtPayload } from '../sessions.service.js';

const fromBearer = ExtractJwt.fromAuthHeaderAsBearerToken();

/** Bearer first (scripts), then the httpOnly cookie (browsers); remembers which, for the CSRF rule. */
function extractToken(req: AuthenticatedRequest): string | null {
  const bearer = fromBearer(req);
  if (bearer) {
    req.authVia = 'bearer';
    return bearer;
  }
  const cookie = readSessionCookie(req);
  if (cookie) req.authVia = 'cookie';
  return cookie ?? null;
}

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly sessions: SessionsService,
  ) {
    super({
      jwtFromRequest: extractToken,
      // A KeyObject, not the raw bytes: given bytes, jsonwebtoken first tries to parse them as a
      // public key and throws (and catches) an exception on every request before falling back to
      // HMAC (a visible share of an availability request's CPU). passport-jwt hands the key to jsonwebtoken
      // untouched; only its type declaration still says string | Buffer.
      secretOrKey: createSecretKey(deriveKey(config.appSecret, 'jwt')) as unknown as Buffer,
      algorithms: ['HS256'],
      audience: JWT_AUDIENCE,
      ignoreExpiration: false,
    });
  }

  async validate(payload: JwtPayload): Promise<Principal | false> {
    return (await this.sessions.resolve(payload)) ?? false;
  }
}
