import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, MoreThan, Not, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../common/context/request-context.js';
import { NotFoundError } from '../common/errors/domain-error.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { TenantsRepository } from '../tenants/tenants.repository.js';
import { AccountsRepository } from '../users/accounts.repository.js';
import type { User } from '../users/entities/user.entity.js';
import { assertStrongPassword } from './auth.service.js';
import { Session } from './entities/session.entity.js';
import { hashPassword, verifyPassword } from './password-hasher.js';
import { PasswordIncorrectError } from './totp/two-factor.service.js';

/** The signed-in person's own password and sessions. */
@Injectable()
export class AccountSecurityService {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly tenants: TenantsRepository,
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  /** Changes the password and signs out every other session (a thief's included). */
  async changePassword(principal: Principal, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.confirmPassword(principal, currentPassword);
    const tenant = await this.tenants.getById(principal.tenantId);
    assertStrongPassword(newPassword, [tenant.name, user.email, user.displayName]);
    const passwordHash = await hashPassword(newPassword);
    await this.tx.run(async (m) => {
      await this.accounts.setPassword(m, user.id, passwordHash);
      await m.update(Session, { userId: user.id, id: Not(principal.sessionId), revokedAt: IsNull() }, { revokedAt: new Date() });
      await this.audit.record(m, {
        tenantId: user.tenantId,
        actorUserId: user.id,
        action: 'password.changed',
        targetType: 'user',
        targetId: user.id,
      });
    });
  }

  /**
   * The signed-in person, once they typed their password again (before a change only they may make,
   * e.g. erasing their account); PasswordIncorrectError otherwise.
   */
  async confirmPassword(principal: Principal, password: string): Promise<User> {
    const user = await this.accounts.getInTenant(principal.userId, principal.tenantId);
    if (!user.passwordHash || !(await verifyPassword(user.passwordHash, password))) throw new PasswordIncorrectError();
    return user;
  }

  /** Sessions that still work: not revoked and not past their absolute expiry. */
  listSessions(principal: Principal): Promise<Session[]> {
    return this.sessions.find({
      where: { userId: principal.userId, revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      order: { lastUsedAt: 'DESC' },
    });
  }

  async revokeSession(principal: Principal, sessionId: string): Promise<void> {
    await this.tx.run(async (m) => {
      const revoked = await m.update(Session, { id: sessionId, userId: principal.userId, revokedAt: IsNull() }, { revokedAt: new Date() });
      if (!revoked.affected) throw new NotFoundError('Session');
      await this.audit.record(m, {
        tenantId: principal.tenantId,
        actorUserId: principal.userId,
        action: 'session.revoked',
        targetType: 'user',
        targetId: principal.userId,
      });
    });
  }
}
