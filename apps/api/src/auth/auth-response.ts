import type { Request, Response } from 'express';
import { setSessionCookie } from '../common/auth/session-cookie.js';
import { toTenantDto } from '../tenants/dto/tenant.dto.js';
import { toUserDto } from '../users/dto/user.dto.js';
import type { AuthResult } from './auth.service.js';
import type { AuthResponseDto } from './dto/auth.dto.js';

/** Every way of signing in ends alike: the session cookie set, and the token, person and tenant answered. */
export function sendAuthResult(req: Request, res: Response, result: AuthResult): AuthResponseDto {
  setSessionCookie(req, res, result.token, result.maxAgeMs);
  return { token: result.token, user: toUserDto(result.user), tenant: toTenantDto(result.tenant) };
}
