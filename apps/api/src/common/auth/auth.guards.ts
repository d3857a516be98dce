import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { Request } from 'express';
import type { Role } from './roles.js';
import { setPrincipal, type Principal } from '../context/request-context.js';
import { DomainError, ForbiddenError, UnauthenticatedError } from '../errors/domain-error.js';
import { ALLOWED_BEFORE_TOTP_ENROLLMENT, IS_PUBLIC, ROLES } from './decorators.js';

export type AuthenticatedRequest = Request & { user?: Principal; authVia?: 'cookie' | 'bearer' };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Global guard 1: a valid, unrevoked session on every route not marked @Public. */
@Injectable()
export class SessionAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override canActivate(context: ExecutionContext) {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    return isPublic ? true : super.canActivate(context);
  }

  /**
   * A token that does not verify, or whose session is gone, arrives as `user === false`: 401. An
   * `err` means checking the session failed (e.g. the database is down); it goes to the error filter
   * as it is, because signing the person out would be wrong: their session may be perfectly valid.
   */
  override handleRequest<T = Principal>(err: unknown, user: T | false): T {
    if (err instanceof Error) throw err;
    if (err || !user) throw new UnauthenticatedError();
    setPrincipal(user as unknown as Principal);
    return user;
  }
}

/**
 * Global guard 2: cookie-authenticated state changes must carry `X-Requested-With: deskbook`.
 * A cross-site form or image cannot set that header, so this defeats CSRF; bearer callers are exempt.
 */
@Injectable()
export class CsrfGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (SAFE_METHODS.has(req.method) || req.authVia !== 'cookie') return true;
    if (req.headers['x-requested-with'] === 'deskbook') return true;
    throw new DomainError(403, 'CSRF_HEADER_MISSING', 'Requests authenticated by cookie must send the header X-Requested-With: deskbook');
  }
}

/** Global guard 3: the role matrix of DESIGN.md, declared per route with @Roles. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, [context.getHandler(), context.getClass()]);
    if (!roles?.length) return true;
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (req.user && roles.includes(req.user.role)) return true;
    throw new ForbiddenError();
  }
}

/**
 * Global guard 4: while the tenant's 2FA policy covers a user who has not enrolled, only their
 * profile, the 2FA endpoints and logout answer; everything else is 403 TOTP_ENROLLMENT_REQUIRED.
 */
@Injectable()
export class TotpPolicyGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!req.user?.totpEnrollmentRequired) return true;
    const allowed = this.reflector.getAllAndOverride<boolean>(ALLOWED_BEFORE_TOTP_ENROLLMENT, [context.getHandler(), context.getClass()]);
    if (allowed) return true;
    throw new DomainError(403, 'TOTP_ENROLLMENT_REQUIRED', 'Your company requires two-factor authentication. Set it up to continue.');
  }
}
