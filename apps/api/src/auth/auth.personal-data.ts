import { Injectable } from '@nestjs/common';
import { IsNull, type EntityManager } from 'typeorm';
import { claim, PersonalDataContributor, type ErasureSubject, type PersonalData } from '../common/personal-data/personal-data.js';
import { UsersRepository } from '../users/users.repository.js';
import { LoginThrottle } from './entities/login-throttle.entity.js';
import { RecoveryCode } from './entities/recovery-code.entity.js';
import { Session } from './entities/session.entity.js';
import { SignupRequest } from './entities/signup-request.entity.js';
import { SIGNUP_VALID_HOURS } from './signup-confirmation.service.js';
import { LoginThrottleService } from './login-throttle.service.js';

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** Signing in: sessions, the second factor, failed-sign-in counters. */
@Injectable()
@PersonalDataContributor()
export class AuthPersonalData implements PersonalData {
  readonly name = 'auth';
  readonly claims = [
    claim(
      Session,
      ['userId', 'userAgent', 'createdAt', 'lastUsedAt'],
      "who, their browser's user agent, when they signed in and were last active",
      'logout (revoked), erasure (removed); expired and revoked sessions are purged hourly',
    ),
    UsersRepository.claim(
      ['totpSecret', 'totpPendingSecret', 'totpPendingSince', 'totpEnabledAt', 'totpLastStep'],
      'encrypted TOTP secret, last used step',
      '2FA disabled, or erasure',
    ),
    claim(RecoveryCode, ['userId', 'codeHash'], 'hashed recovery codes', '2FA disabled, new codes, or erasure'),
    claim(
      LoginThrottle,
      ['key'],
      'failure counts under HMACs of e-mail and IP address',
      "an hour after the last failure (hourly purge); a successful sign-in or erasure clears the account's",
    ),
    claim(
      SignupRequest,
      ['email', 'displayName', 'tenantName', 'passwordHash', 'tokenHash', 'createdAt'],
      'a sign-up waiting for its address to be confirmed (no account exists yet)',
      `confirmation (becomes the account), or ${SIGNUP_VALID_HOURS} hours later (hourly purge)`,
    ),
  ];

  constructor(
    private readonly throttles: LoginThrottleService,
    private readonly users: UsersRepository,
  ) {}

  async exportFor(m: EntityManager, tenantId: string, userId: string) {
    const { totpEnabledAt } = await this.users.columnsOf(m, tenantId, userId, ['totpEnabledAt']);
    const unusedRecoveryCodes = totpEnabledAt ? await m.countBy(RecoveryCode, { userId, usedAt: IsNull() }) : 0;
    const sessions = await m.find(Session, { where: { userId, tenantId }, order: { createdAt: 'ASC' } });
    return {
      profile: { twoFactorEnabledAt: iso(totpEnabledAt), unusedRecoveryCodes },
      sessions: sessions.map((s) => ({
        createdAt: s.createdAt.toISOString(),
        lastUsedAt: s.lastUsedAt.toISOString(),
        expiresAt: s.expiresAt.toISOString(),
        revokedAt: iso(s.revokedAt),
        userAgent: s.userAgent,
      })),
    };
  }

  async erase(m: EntityManager, { tenantId, userId }: ErasureSubject): Promise<void> {
    const { email } = await this.users.columnsOf(m, tenantId, userId, ['email']);
    // Keyed by a hash of the e-mail; they would expire within the hour anyway.
    await m.delete(LoginThrottle, { key: this.throttles.keysFor(email, undefined).account });
    await m.delete(Session, { tenantId, userId });
    await m.delete(RecoveryCode, { userId });
  }
}
