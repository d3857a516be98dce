import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, MoreThan, Repository, type EntityManager } from 'typeorm';
import { DomainError } from '../common/errors/domain-error.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { isUniqueViolation } from '../database/unique-violation.js';
import { Mailer, type QueuedMail } from '../mail/mailer.service.js';
import { mailLocale } from '../mail/templates/compose.js';
import { TenantsRepository } from '../tenants/tenants.repository.js';
import { AccountsRepository } from '../users/accounts.repository.js';
import type { AuthResult } from './auth.service.js';
import type { SignupDto } from './dto/auth.dto.js';
import { SignupRequest } from './entities/signup-request.entity.js';
import { hashPassword } from './password-hasher.js';
import { SessionsService } from './sessions.service.js';
import { slugify } from './slugify.js';
import { hashOpaqueToken, newOpaqueToken } from './token-hash.js';

/** How long a confirmation link works. */
export const SIGNUP_VALID_HOURS = 24;
/**
 * Sign-up mails one address gets per hour at most, whoever asks: sign-up must not become a way to
 * flood someone's inbox. Beyond it the answer stays the same and no mail is sent.
 */
const MAILS_PER_ADDRESS_PER_HOUR = 3;

export class ConfirmationInvalidError extends DomainError {
  constructor() {
    super(400, 'CONFIRMATION_INVALID', 'This confirmation link is unknown, already used or expired. Sign up again to get a new one.');
  }
}

export class AccountExistsAtConfirmationError extends DomainError {
  constructor() {
    super(409, 'ACCOUNT_EXISTS', 'This e-mail address got a Deskbook account meanwhile. Log in with that account instead.');
  }
}

export interface NewSignup {
  email: string;
  displayName: string;
  tenantName: string;
  password: string;
  locale: 'en' | 'de';
}

/** Builds an absolute link into the web app for a message (see mailLink). */
export type LinkTo = (path: string) => string;

/**
 * Sign-up in two steps. The request is answered the same whether or not the address has an account
 * (no enumeration): a new address gets a confirmation link, a known one a "you already have an
 * account" mail. The tenant and its first admin are created only when the link is used, so an address
 * nobody confirmed never holds an account.
 */
@Injectable()
export class SignupConfirmationService {
  constructor(
    @InjectRepository(SignupRequest) private readonly requests: Repository<SignupRequest>,
    private readonly accounts: AccountsRepository,
    private readonly tenants: TenantsRepository,
    private readonly sessions: SessionsService,
    private readonly mailer: Mailer,
    private readonly tx: TransactionRunner,
  ) {}

  /** Both paths hash the password and write one outbox row, so they cost about the same. */
  async request(dto: SignupDto, linkTo: LinkTo, now = new Date()): Promise<void> {
    const passwordHash = await hashPassword(dto.password);
    const existing = await this.accounts.findByAccountEmail(dto.email);
    const queued = await this.tx.run(async (m): Promise<QueuedMail[]> => {
      if (await this.addressMailedTooOften(m, dto.email, now)) return [];
      if (existing) {
        return [
          await this.mailer.queue(m, {
            template: 'account-exists',
            to: existing.email,
            locale: mailLocale(existing.locale),
            tenantId: existing.tenantId,
            userId: existing.id,
            params: { displayName: existing.displayName, loginLink: linkTo('/login'), resetLink: linkTo('/forgot-password') },
          }),
        ];
      }
      const { token, hash } = newOpaqueToken();
      const locale = mailLocale(dto.locale);
      await m.insert(SignupRequest, {
        id: randomUUID(),
        tokenHash: hash,
        email: dto.email,
        displayName: dto.displayName,
        tenantName: dto.tenantName,
        passwordHash,
        locale,
        createdAt: now,
        expiresAt: new Date(now.getTime() + SIGNUP_VALID_HOURS * 3_600_000),
      });
      return [
        await this.mailer.queue(m, {
          template: 'confirm-signup',
          to: dto.email,
          locale,
          tenantId: null,
          userId: null,
          // The token goes in the fragment: browsers never send it, so no access log holds it.
          params: {
            displayName: dto.displayName,
            tenantName: dto.tenantName,
            link: linkTo(`/confirm-email#token=${token}`),
            validHours: String(SIGNUP_VALID_HOURS),
          },
        }),
      ];
    });
    await this.mailer.dispatch(queued);
  }

  /** Uses the link: creates the tenant and its first admin, signs them in. Single use. */
  async confirm(token: string, userAgent: string | undefined, now = new Date()): Promise<AuthResult> {
    const tokenHash = hashOpaqueToken(token);
    try {
      return await this.tx.run(async (m) => {
        const request = await m.findOneBy(SignupRequest, { tokenHash, expiresAt: MoreThan(now) });
        // Deleting is the claim: of two requests with one link, only one deletes the row.
        if (!request || (await m.delete(SignupRequest, { id: request.id })).affected !== 1) throw new ConfirmationInvalidError();
        if (await this.accounts.accountExists(request.email)) throw new AccountExistsAtConfirmationError();
        // Other sign-ups of this address wait for nothing any more.
        await m.delete(SignupRequest, { email: request.email });
        return this.createTenant(m, request, userAgent, now);
      });
    } catch (err) {
      // Two confirmations of two sign-ups of one address at once: the unique index decides.
      if (isUniqueViolation(err)) throw new AccountExistsAtConfirmationError();
      throw err;
    }
  }

  /**
   * For the operator's own tools (the demo seeder): an account whose address needs no confirmation,
   * because whoever runs the tool chose it.
   */
  async createConfirmed(account: NewSignup, userAgent: string, now = new Date()): Promise<AuthResult> {
    const passwordHash = await hashPassword(account.password);
    return this.tx.run((m) => this.createTenant(m, { ...account, passwordHash }, userAgent, now));
  }

  /** Expired requests hold an address, a name and a password hash for nothing: gone hourly. */
  async purgeExpired(now = new Date()): Promise<void> {
    await this.tx.run((m) => m.delete(SignupRequest, { expiresAt: LessThan(now) }));
  }

  private async createTenant(
    m: EntityManager,
    signup: Pick<SignupRequest, 'email' | 'displayName' | 'tenantName' | 'passwordHash' | 'locale'>,
    userAgent: string | undefined,
    now: Date,
  ): Promise<AuthResult> {
    const tenantId = randomUUID();
    const tenant = await this.tenants.create(m, {
      id: tenantId,
      name: signup.tenantName,
      slug: slugify(signup.tenantName),
      createdAt: now,
    });
    const user = await this.accounts.create(m, {
      id: randomUUID(),
      tenantId,
      email: signup.email,
      displayName: signup.displayName,
      role: 'tenant_admin',
      passwordHash: signup.passwordHash,
      locale: signup.locale,
      createdAt: now,
    });
    return { ...(await this.sessions.issue(user, userAgent, m)), user, tenant };
  }

  private async addressMailedTooOften(m: EntityManager, address: string, now: Date): Promise<boolean> {
    const recent = await this.mailer.countSentTo(m, address, ['confirm-signup', 'account-exists'], new Date(now.getTime() - 3_600_000));
    return recent >= MAILS_PER_ADDRESS_PER_HOUR;
  }
}
