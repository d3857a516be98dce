import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import type { Principal } from '../../common/context/request-context.js';
import { DomainError, NotFoundError } from '../../common/errors/domain-error.js';
import { TransactionRunner } from '../../database/transaction-runner.js';
import { Mailer } from '../../mail/mailer.service.js';
import { mailLocale } from '../../mail/templates/compose.js';
import { AccountsRepository } from '../../users/accounts.repository.js';
import { AccountSecurityService } from '../account-security.service.js';
import { Passkey } from '../entities/passkey.entity.js';
import { RecoveryCode } from '../entities/recovery-code.entity.js';
import { SessionsService } from '../sessions.service.js';
import { TotpNotEnabledError } from './two-factor.service.js';

export class CannotResetOwnTwoFactorError extends DomainError {
  constructor() {
    super(
      409,
      'CANNOT_RESET_OWN_2FA',
      'You cannot reset your own two-factor authentication here. Use your recovery codes, or ask another admin.',
    );
  }
}

/**
 * An admin's help for a member who lost their phone and their recovery codes: the second factor is
 * removed, the member is signed out everywhere and told by mail; the tenant's 2FA policy then asks
 * them to enrol again at their next sign-in.
 */
@Injectable()
export class TwoFactorResetService {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly account: AccountSecurityService,
    private readonly sessions: SessionsService,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
    private readonly mailer: Mailer,
    @InjectRepository(Passkey) private readonly passkeys: Repository<Passkey>,
  ) {}

  private hasPasskey(userId: string): Promise<boolean> {
    return this.passkeys.exists({ where: { userId } });
  }

  async reset(admin: Principal, memberId: string, adminPassword: string, loginLink: string): Promise<void> {
    const member = await this.accounts.findInTenant(memberId, admin.tenantId);
    if (!member) throw new NotFoundError('User');
    // Not for oneself: an admin who lost their own second factor would otherwise need only the password.
    if (member.id === admin.userId) throw new CannotResetOwnTwoFactorError();
    await this.account.confirmPassword(admin, adminPassword);
    if (!member.totpEnabledAt && !(await this.hasPasskey(member.id))) throw new TotpNotEnabledError();
    const queued = await this.tx.run(async (m) => {
      await this.accounts.setTotp(m, member.id, {
        totpSecret: null,
        totpPendingSecret: null,
        totpPendingSince: null,
        totpEnabledAt: null,
        totpLastStep: null,
      });
      await m.delete(RecoveryCode, { userId: member.id });
      // A passkey is a second factor too: the member starts again with none.
      await m.delete(Passkey, { userId: member.id });
      await this.sessions.revokeAllOf(m, member.id);
      await this.audit.record(m, {
        tenantId: admin.tenantId,
        actorUserId: admin.userId,
        action: 'user.2fa_reset',
        targetType: 'user',
        targetId: member.id,
      });
      return this.mailer.queue(m, {
        template: 'two-factor-reset',
        to: member.email,
        locale: mailLocale(member.locale),
        tenantId: member.tenantId,
        userId: member.id,
        params: { displayName: member.displayName, loginLink },
      });
    });
    await this.mailer.dispatch([queued]);
  }
}
