import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { Role } from './roles.js';
import type { Principal } from '../context/request-context.js';

export const IS_PUBLIC = 'deskbook:public';
export const ROLES = 'deskbook:roles';

/** The route needs no session (signup, login, health, …). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Only these roles may call the route (DESIGN.md "Roles"); everyone in the tenant if absent. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

/** The authenticated caller, as the auth guard put it on the request. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, ctx: ExecutionContext): Principal => {
  const req = ctx.switchToHttp().getRequest<Request & { user?: Principal }>();
  if (!req.user) throw new Error('CurrentPrincipal used on a public route');
  return req.user;
});

export const ALLOWED_BEFORE_TOTP_ENROLLMENT = 'deskbook:allowed-before-totp-enrollment';

/** Reachable while the 2FA policy still waits for this user's enrolment (profile, 2FA setup, logout). */
export const AllowedBeforeTotpEnrollment = () => SetMetadata(ALLOWED_BEFORE_TOTP_ENROLLMENT, true);
