import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { UsersRepository } from '../users/users.repository.js';
import { AuditService } from './audit.service.js';
import { AuditEvent } from './entities/audit-event.entity.js';

/** The account a sign-in was for. */
export interface SignInAccount {
  id: string;
  tenantId: string;
}

/**
 * Sign-ins in the tenant's audit log. A success is one event. Failures are counted, not listed: one
 * `auth.sign_in_failed` event per account and failure streak (`{ failures, firstAt }`, `at` = the
 * latest failure), which the next successful sign-in ends. So a password-guessing attack on an
 * account adds one line, however many attempts it makes. Attempts for e-mails no account has are
 * not recorded (there is no tenant to record them in); nothing about the attempt itself (password,
 * code, address) is ever stored.
 */
@Injectable()
export class SignInAuditService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
    private readonly users: UsersRepository,
  ) {}

  /** Within the transaction that issues the session. */
  recordSuccess(m: EntityManager, account: SignInAccount, details: { twoFactor: boolean }): Promise<void> {
    return this.audit.record(m, {
      tenantId: account.tenantId,
      actorUserId: account.id,
      action: 'auth.signed_in',
      targetType: 'user',
      targetId: account.id,
      details,
    });
  }

  async recordFailure(account: SignInAccount, now = new Date()): Promise<void> {
    await this.tx.run(async (m) => {
      // The account's row serializes its failures (MySQL), so concurrent ones all land in one count.
      await this.users.lockForUpdate(m, [account.id]);
      const last = await m.findOne(AuditEvent, {
        where: {
          tenantId: account.tenantId,
          targetType: 'user',
          targetId: account.id,
          action: In(['auth.signed_in', 'auth.sign_in_failed']),
        },
        order: { at: 'DESC' },
      });
      if (last?.action === 'auth.sign_in_failed') {
        const failures = (typeof last.details?.failures === 'number' ? last.details.failures : 1) + 1;
        const details = { ...last.details, failures } as QueryDeepPartialEntity<AuditEvent>['details'];
        await m.update(AuditEvent, { id: last.id }, { at: now, details });
        return;
      }
      await this.audit.record(m, {
        tenantId: account.tenantId,
        actorUserId: null,
        action: 'auth.sign_in_failed',
        targetType: 'user',
        targetId: account.id,
        details: { failures: 1, firstAt: now.toISOString() },
      });
    });
  }
}
