import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { SignInAuditService } from '../audit/sign-in-audit.service.js';
import { DomainError } from '../common/errors/domain-error.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { isUniqueViolation } from '../database/unique-violation.js';
import type { Tenant } from '../tenants/entities/tenant.entity.js';
import { TenantsRepository } from '../tenants/tenants.repository.js';
import { AccountsRepository } from '../users/accounts.repository.js';
import type { Invite } from '../users/entities/invite.entity.js';
import type { User } from '../users/entities/user.entity.js';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './password-hasher.js';
import { checkPassword } from './password-policy.js';
import { LoginThrottleService, type ThrottleKeys } from './login-throttle.service.js';
import { SessionsService, type IssuedSession } from './sessions.service.js';
import { TwoFactorService, isSecondFactor, secondFactorRefusalError } from './totp/two-factor.service.js';
import { hashOpaqueToken } from './token-hash.js';

export class WeakPasswordError extends DomainError {
  constructor(details: { warning: string | null; suggestions: string[]; score: number }) {
    super(400, 'WEAK_PASSWORD', details.warning ?? 'This password is too easy to guess', details);
  }
}

export class InvalidCredentialsError extends DomainError {
  constructor() {
    super(401, 'INVALID_CREDENTIALS', 'E-mail or password is wrong');
  }
}

export class InviteInvalidError extends DomainError {
  constructor() {
    super(404, 'INVITE_INVALID', 'This invitation is unknown, already used or expired. Ask your administrator for a new one.');
  }
}

export class AccountExistsError extends DomainError {
  constructor() {
    super(
      409,
      'ACCOUNT_EXISTS',
      'This e-mail address already has a Deskbook account, so the invitation cannot create another one. Log in with your account instead.',
    );
  }
}

export interface AuthResult extends IssuedSession {
  user: User;
  tenant: Tenant;
}

export function assertStrongPassword(password: string, context: string[]): void {
  const verdict = checkPassword(password, context);
  if (!verdict.ok) throw new WeakPasswordError({ warning: verdict.warning, suggestions: verdict.suggestions, score: verdict.score });
}

@Injectable()
export class AuthService {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly tenants: TenantsRepository,
    private readonly sessions: SessionsService,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
    private readonly throttle: LoginThrottleService,
    private readonly twoFactor: TwoFactorService,
    private readonly signIns: SignInAuditService,
  ) {}

  /** Used by the local strategy. Unknown e-mail and wrong password cost the same and answer the same. */
  async validateCredentials(email: string, password: string): Promise<User> {
    const user = await this.accounts.findByAccountEmail(email);
    const ok = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
    if (!user || !ok) throw new InvalidCredentialsError();
    return user;
  }

  /** The password was right (local strategy); now the second factor, if the user has one. */
  async login(user: User, totp: string | undefined, keys: ThrottleKeys, userAgent: string | undefined): Promise<AuthResult> {
    if (user.totpEnabledAt) {
      if (!totp) throw new DomainError(401, 'TOTP_REQUIRED', 'Enter the code from your authenticator app');
      const verdict = await this.twoFactor.verifySecondFactor(user, totp);
      if (!isSecondFactor(verdict)) {
        await this.recordFailedLogin(keys, user.email);
        throw secondFactorRefusalError(verdict, 401);
      }
    }
    await this.throttle.reset(keys);
    const tenant = await this.tenants.getById(user.tenantId);
    const issued = await this.tx.run(async (m) => {
      await this.signIns.recordSuccess(m, user, { twoFactor: user.totpEnabledAt !== null });
      return this.sessions.issue(user, userAgent, m);
    });
    return { ...issued, user, tenant };
  }

  /** Counts a failed sign-in; for a real account the tenant's audit log counts it too, and says when it locks the account. */
  async recordFailedLogin(keys: ThrottleKeys, email: string): Promise<void> {
    const locked = await this.throttle.recordFailure(keys);
    const user = await this.accounts.findByAccountEmail(email.toLowerCase());
    if (!user) return;
    await this.signIns.recordFailure(user);
    if (!locked) return;
    await this.tx.run((m) =>
      this.audit.record(m, {
        tenantId: user.tenantId,
        actorUserId: null,
        action: 'auth.locked_out',
        targetType: 'user',
        targetId: user.id,
      }),
    );
  }

  async previewInvite(inviteToken: string): Promise<{ user: User; tenant: Tenant }> {
    const invite = await this.findUsableInvite(inviteToken);
    const user = await this.accounts.getById(invite.userId);
    const tenant = await this.tenants.getById(invite.tenantId);
    return { user, tenant };
  }

  async acceptInvite(inviteToken: string, password: string, userAgent: string | undefined): Promise<AuthResult> {
    const { user, tenant } = await this.previewInvite(inviteToken);
    assertStrongPassword(password, [tenant.name, user.email, user.displayName]);
    const passwordHash = await hashPassword(password);
    const issued = await this.tx
      .run(async (m) => {
        // Single use, even for two requests at once: only one conditional UPDATE can match.
        if (!(await this.accounts.claimInvite(m, hashOpaqueToken(inviteToken)))) throw new InviteInvalidError();
        await this.accounts.setPassword(m, user.id, passwordHash, user.email);
        await this.audit.record(m, {
          tenantId: tenant.id,
          actorUserId: user.id,
          action: 'user.invite_accepted',
          targetType: 'user',
          targetId: user.id,
        });
        return this.sessions.issue(user, userAgent, m);
      })
      .catch((err: unknown) => {
        // The address got an account meanwhile (another invitation, a sign-up): the unique index on
        // accountEmail says so, and the invitation stays unused (the transaction rolled back).
        // Only here, to the person holding the link, is that said; inviting answered as usual.
        throw isUniqueViolation(err) ? new AccountExistsError() : err;
      });
    user.passwordHash = passwordHash;
    user.accountEmail = user.email;
    return { ...issued, user, tenant };
  }

  private async findUsableInvite(inviteToken: string): Promise<Invite> {
    const invite = await this.accounts.findUsableInvite(hashOpaqueToken(inviteToken));
    if (!invite) throw new InviteInvalidError();
    return invite;
  }
}
