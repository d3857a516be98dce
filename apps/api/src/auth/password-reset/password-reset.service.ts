import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, LessThan, MoreThan, Not, Repository, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { TransactionRunner } from '../../database/transaction-runner.js';
import { SsoPasswordPolicy } from '../../sso/sso-password-policy.service.js';
import { Mailer, type QueuedMail } from '../../mail/mailer.service.js';
import { mailLocale } from '../../mail/templates/compose.js';
import { TenantsRepository } from '../../tenants/tenants.repository.js';
import { AccountsRepository } from '../../users/accounts.repository.js';
import type { User } from '../../users/entities/user.entity.js';
import { assertStrongPassword } from '../auth.service.js';
import { LoginThrottleService } from '../login-throttle.service.js';
import { hashPassword } from '../password-hasher.js';
import { SessionsService } from '../sessions.service.js';
import { hashOpaqueToken, newOpaqueToken } from '../token-hash.js';
import { PasswordReset } from '../entities/password-reset.entity.js';

export const RESET_VALIDITY_MS = 30 * 60_000;
/**
 * The least time a reset request takes, known address or not. Doing the same work on both paths
 * brings their times close; what remains (an INSERT that matches no row costs less than one that
 * writes) is measurable over many requests, and this floor, well above either path, hides it.
 */
export const RESET_REQUEST_MIN_MS = 200;
/** The web page that reads the token from the fragment (which browsers never send, so it stays out of logs). */
export const RESET_PAGE_PATH = '/reset-password';

export class ResetTokenInvalidError extends DomainError {
  constructor() {
    super(400, 'RESET_TOKEN_INVALID', 'This reset link is expired or was already used. Ask for a new one.');
  }
}

/**
 * Whether this person has a password to reset. An invitation not yet accepted has none (the invite
 * link sets it); members of an "SSO only" tenant sign in at their provider (see passwordResettable).
 */
function hasPassword(user: User | null): user is User {
  return user !== null && user.passwordHash !== null;
}

/** Password reset by e-mail: a single-use link, valid 30 minutes; the same answer for every address. */
@Injectable()
export class PasswordResetService {
  constructor(
    @InjectRepository(PasswordReset) private readonly resets: Repository<PasswordReset>,
    private readonly accounts: AccountsRepository,
    private readonly tenants: TenantsRepository,
    private readonly sessions: SessionsService,
    private readonly throttle: LoginThrottleService,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
    private readonly mailer: Mailer,
    private readonly ssoPolicy: SsoPasswordPolicy,
  ) {}

  /** A person with a password that "SSO only" does not switch off. */
  private async passwordResettable(user: User | null): Promise<boolean> {
    return hasPassword(user) && (await this.ssoPolicy.allowsPasswordSignIn(user));
  }

  /**
   * Mails a reset link to the person with this address, if any. Both paths do the same work (one
   * lookup, one transaction with the same statements; the unknown path's writes match no row),
   * neither waits for the mail, and both answer after RESET_REQUEST_MIN_MS at the earliest, so the
   * time of the answer does not tell whether the address is known.
   */
  async request(email: string, resetPageUrl: string, now = new Date()): Promise<void> {
    const started = performance.now();
    const user = await this.accounts.findByAccountEmail(email);
    const person = (await this.passwordResettable(user)) ? user : null;
    const { token, hash } = newOpaqueToken();
    const queued = await this.tx.run(async (m) => {
      // A new link replaces the earlier ones: only the latest mail works.
      await m.update(PasswordReset, { userId: person?.id ?? randomUUID(), usedAt: IsNull() }, { usedAt: now });
      if (!person) return this.dummyQueue(m, hash, now);
      await m.insert(PasswordReset, {
        id: randomUUID(),
        tenantId: person.tenantId,
        userId: person.id,
        tokenHash: hash,
        createdAt: now,
        expiresAt: new Date(now.getTime() + RESET_VALIDITY_MS),
        usedAt: null,
      });
      return [
        await this.mailer.queue(m, {
          template: 'password-reset',
          to: person.email,
          locale: mailLocale(person.locale),
          tenantId: person.tenantId,
          userId: person.id,
          params: {
            displayName: person.displayName,
            link: `${resetPageUrl}#token=${token}`,
            validMinutes: String(RESET_VALIDITY_MS / 60_000),
          },
        }),
      ];
    });
    // Not awaited: handing the mail to the queue must not make a known address answer later.
    void this.mailer.dispatch(queued);
    await sleep(RESET_REQUEST_MIN_MS - (performance.now() - started));
  }

  /** Sets the new password with a valid link, once; signs out every session; 2FA stays as it was. */
  async confirm(token: string, password: string, now = new Date()): Promise<void> {
    const tokenHash = hashOpaqueToken(token);
    const reset = await this.resets.findOne({ where: { tokenHash, usedAt: IsNull(), expiresAt: MoreThan(now) } });
    if (!reset) throw new ResetTokenInvalidError();
    const user = await this.accounts.getById(reset.userId);
    if (!(await this.passwordResettable(user))) throw new ResetTokenInvalidError();
    const tenant = await this.tenants.getById(user.tenantId);
    // Checked before the link is used up, so a weak choice can be corrected with the same link.
    assertStrongPassword(password, [tenant.name, user.email, user.displayName]);
    const passwordHash = await hashPassword(password);
    const queued = await this.tx.run(async (m) => {
      // Single use, even for two requests at once: only one conditional UPDATE can match.
      const claimed = await m.update(PasswordReset, { id: reset.id, usedAt: IsNull(), expiresAt: MoreThan(now) }, { usedAt: now });
      if (claimed.affected !== 1) throw new ResetTokenInvalidError();
      await this.accounts.setPassword(m, user.id, passwordHash);
      await this.sessions.revokeAllOf(m, user.id);
      await this.audit.record(m, {
        tenantId: user.tenantId,
        actorUserId: user.id,
        action: 'auth.password_reset',
        targetType: 'user',
        targetId: user.id,
      });
      return this.mailer.queue(m, {
        template: 'password-changed',
        to: user.email,
        locale: mailLocale(user.locale),
        tenantId: user.tenantId,
        userId: user.id,
        params: { displayName: user.displayName },
      });
    });
    // Whoever locked the account by guessing, its owner has just proven who they are.
    await this.throttle.reset(this.throttle.keysFor(user.email, undefined));
    await this.mailer.dispatch([queued]);
  }

  /** Links that can never be used again (used, or expired); run hourly with the sessions purge. */
  async purgeSpent(now = new Date()): Promise<number> {
    return this.tx.run(async (m) => {
      const expired = await m.delete(PasswordReset, { expiresAt: LessThan(now) });
      const used = await m.delete(PasswordReset, { usedAt: Not(IsNull()) });
      return (expired.affected ?? 0) + (used.affected ?? 0);
    });
  }

  /**
   * The unknown address's stand-in for the insert and the queued mail: statements of the same kind
   * that write nothing (a DELETE of a row that cannot exist), so both answers cost about the same.
   */
  private async dummyQueue(m: EntityManager, hash: string, now: Date): Promise<QueuedMail[]> {
    await m.delete(PasswordReset, { tokenHash: hash, createdAt: now });
    return [];
  }
}
