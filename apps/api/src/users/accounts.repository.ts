import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, MoreThan, Repository, type EntityManager } from 'typeorm';
import { Invite } from './entities/invite.entity.js';
import { User } from './entities/user.entity.js';

/** What a new account is made of; the second-factor columns start empty. */
export type NewAccount = Pick<User, 'id' | 'tenantId' | 'email' | 'displayName' | 'role' | 'passwordHash' | 'locale' | 'createdAt'>;

/** The second-factor columns of a person, as auth sets them. */
export type TotpState = Pick<User, 'totpSecret' | 'totpPendingSecret' | 'totpPendingSince' | 'totpEnabledAt' | 'totpLastStep'>;

/**
 * The users table as auth uses it: people found by their sign-in address before any tenant context
 * exists, their credentials (password hash, second factor) and their invitations. Not tenant-scoped:
 * the callers pass the ids they checked.
 */
@Injectable()
export class AccountsRepository {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Invite) private readonly invites: Repository<Invite>,
  ) {}

  accountExists(accountEmail: string): Promise<boolean> {
    return this.users.exists({ where: { accountEmail } });
  }

  findByAccountEmail(accountEmail: string): Promise<User | null> {
    return this.users.findOne({ where: { accountEmail } });
  }

  /** The person of this tenant with this address: an account or an invitation. */
  findInTenantByEmail(m: EntityManager, tenantId: string, email: string): Promise<User | null> {
    return m.findOneBy(User, { tenantId, email });
  }

  /**
   * An invited person signs in without a password (single sign-on): the invitation becomes an account
   * and its links stop working. The unique index on accountEmail refuses an address that has an account.
   */
  async activateWithoutPassword(m: EntityManager, user: User, now = new Date()): Promise<void> {
    await m.update(User, { id: user.id }, { accountEmail: user.email });
    await m.update(Invite, { userId: user.id, usedAt: IsNull() }, { usedAt: now });
    user.accountEmail = user.email;
  }

  getById(id: string): Promise<User> {
    return this.users.findOneByOrFail({ id });
  }

  getInTenant(id: string, tenantId: string): Promise<User> {
    return this.users.findOneByOrFail({ id, tenantId });
  }

  /** The person with this id if they belong to this tenant (another tenant's id finds nobody). */
  findInTenant(id: string, tenantId: string): Promise<User | null> {
    return this.users.findOneBy({ id, tenantId });
  }

  /** The ids of every person of the tenant, in no order (for jobs that run outside a request). */
  async idsInTenant(tenantId: string): Promise<string[]> {
    const users = await this.users.find({ select: { id: true }, where: { tenantId } });
    return users.map((u) => u.id);
  }

  /** A person who signs up: their account exists at once (accountEmail = email). */
  async create(m: EntityManager, account: NewAccount): Promise<User> {
    const user = Object.assign(new User(), { ...account, accountEmail: account.email });
    await m.insert(User, user);
    return user;
  }

  /** Sets the password; `accountEmail` too when an invitation becomes an account. */
  async setPassword(m: EntityManager, id: string, passwordHash: string, accountEmail?: string): Promise<void> {
    await m.update(User, { id }, accountEmail === undefined ? { passwordHash } : { passwordHash, accountEmail });
  }

  /** Changes second-factor columns; with `expected`, only while they still hold those values (false if not). */
  async setTotp(m: EntityManager, id: string, state: Partial<TotpState>, expected: Partial<TotpState> = {}): Promise<boolean> {
    const where = { id, ...Object.fromEntries(Object.entries(expected).map(([key, value]) => [key, value === null ? IsNull() : value])) };
    const result = await m.update(User, where, state);
    return result.affected === 1;
  }

  /** Moves the last accepted time step forward; false when this step or a later one was accepted already. */
  async advanceTotpStep(m: EntityManager, id: string, step: number): Promise<boolean> {
    const result = await m
      .createQueryBuilder()
      .update(User)
      .set({ totpLastStep: step })
      .where('id = :id', { id })
      .andWhere('(totpLastStep IS NULL OR totpLastStep < :step)', { step })
      .execute();
    return result.affected === 1;
  }

  /** An invitation that is neither used nor expired. */
  findUsableInvite(tokenHash: string, now = new Date()): Promise<Invite | null> {
    return this.invites.findOne({ where: { tokenHash, usedAt: IsNull(), expiresAt: MoreThan(now) } });
  }

  /** Uses the invitation, once: of two requests at the same moment only one conditional UPDATE matches. */
  async claimInvite(m: EntityManager, tokenHash: string, now = new Date()): Promise<boolean> {
    const claimed = await m.update(Invite, { tokenHash, usedAt: IsNull(), expiresAt: MoreThan(now) }, { usedAt: now });
    return claimed.affected === 1;
  }
}
