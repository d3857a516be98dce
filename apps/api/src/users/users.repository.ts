import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, LessThanOrEqual, Not, Repository, type EntityManager, type FindOptionsSelect } from 'typeorm';
import { claim, type PersonalDataClaim } from '../common/personal-data/personal-data.js';
import { TenantScopedRepository } from '../common/tenancy/tenant-scoped.repository.js';
import { currentTenantId } from '../common/tenancy/tenant-context.js';
import { Dialect } from '../database/dialect.js';
import { Invite } from './entities/invite.entity.js';
import { User } from './entities/user.entity.js';

/** A person as /me shows them, with their tenant's name. */
export type UserProfile = Pick<
  User,
  'id' | 'email' | 'displayName' | 'role' | 'tenantId' | 'locale' | 'totpEnabledAt' | 'findableByColleagues'
> & {
  tenantName: string;
};

/** A person as a mail reaches them: address, language, and which booking mails they want. */
export type MailRecipient = Pick<User, 'id' | 'email' | 'displayName' | 'locale' | 'mailBookingConfirmations' | 'mailBookingCancellations'>;

@Injectable()
export class UsersRepository extends TenantScopedRepository<User> {
  /**
   * A claim on columns of the users table by the feature that writes and clears them (auth's second
   * factor, bookings' stamp): the users feature lends its table, the column names are still checked.
   */
  static claim(columns: readonly Extract<keyof User, string>[], what: string, cleared: string): PersonalDataClaim {
    return claim(User, columns, what, cleared);
  }

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly dialect: Dialect,
  ) {
    super(users, User, 'User');
  }

  /** Admins who can sign in; invitations not yet accepted do not count. */
  countActiveAdmins(manager?: EntityManager): Promise<number> {
    return this.count({ role: 'tenant_admin', passwordHash: Not(IsNull()) }, manager);
  }

  /** People of this tenant who can sign in (an invitation not yet accepted does not count; erased people are gone). */
  countMembers(tenantId: string): Promise<number> {
    return this.users.count({ where: { tenantId, passwordHash: Not(IsNull()) } });
  }

  /** Whether this id is a person of this tenant who can sign in (an invitation not yet accepted is not). */
  async isActiveMember(tenantId: string, id: string): Promise<boolean> {
    return (await this.users.count({ where: { id, tenantId, passwordHash: Not(IsNull()) } })) > 0;
  }

  /**
   * People of this tenant who can sign in whose display name contains `text` (any case), by name:
   * ids and names only, for staff picking whom to book for.
   */
  async searchMembers(tenantId: string, text: string, limit: number): Promise<Pick<User, 'id' | 'displayName'>[]> {
    // `!` escapes LIKE's wildcards: it needs no escaping itself in either dialect's string literals.
    const pattern = `%${text.toLowerCase().replace(/[!%_]/g, (c) => `!${c}`)}%`;
    return this.users
      .createQueryBuilder('u')
      .select(['u.id', 'u.displayName'])
      .where('u.tenantId = :tenantId', { tenantId })
      .andWhere('u.passwordHash IS NOT NULL')
      .andWhere("LOWER(u.displayName) LIKE :pattern ESCAPE '!'", { pattern })
      .orderBy('u.displayName', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .limit(limit)
      .getMany();
  }

  /** One query: the person and their tenant's name (the web app asks on every page load). */
  async profile(id: string): Promise<UserProfile> {
    const user = await this.users.findOneOrFail({
      where: { id, tenantId: currentTenantId() },
      relations: { tenant: true },
      select: {
        id: true,
        email: true,
        displayName: true,
        role: true,
        tenantId: true,
        locale: true,
        totpEnabledAt: true,
        findableByColleagues: true,
        tenant: { id: true, name: true },
      },
    });
    const { tenant, ...person } = user;
    return { ...person, tenantName: tenant!.name };
  }

  /** This person's only invitation from now on, in the caller's transaction: every earlier link stops working. */
  async replaceInvites(m: EntityManager, userId: string, invite: Invite): Promise<void> {
    await m.delete(Invite, { tenantId: currentTenantId(), userId });
    await m.insert(Invite, invite);
  }

  /**
   * People of this tenant who can sign in, as mails address them, read in the caller's transaction
   * (an invitation not yet accepted gets no booking or notice mail; erased people are gone).
   * Without `ids`: every such member.
   */
  mailRecipients(m: EntityManager, tenantId: string, ids?: readonly string[]): Promise<MailRecipient[]> {
    return m.find(User, {
      where: { tenantId, accountEmail: Not(IsNull()), ...(ids ? { id: In([...new Set(ids)]) } : {}) },
      select: { id: true, email: true, displayName: true, locale: true, mailBookingConfirmations: true, mailBookingCancellations: true },
    });
  }

  /** Which booking mails this person of the current tenant wants. */
  async mailPreferences(id: string): Promise<Pick<User, 'mailBookingConfirmations' | 'mailBookingCancellations'>> {
    return this.users.findOneOrFail({
      where: this.scoped({ id }),
      select: { id: true, mailBookingConfirmations: true, mailBookingCancellations: true },
    });
  }

  /** Changes what a person may change about themselves. */
  async updateProfile(
    m: EntityManager,
    id: string,
    changes: Partial<
      Pick<User, 'displayName' | 'locale' | 'findableByColleagues' | 'mailBookingConfirmations' | 'mailBookingCancellations'>
    >,
  ): Promise<void> {
    await m.update(User, this.scoped({ id }), changes);
  }

  /**
   * Locks these people's rows until the caller's transaction ends (Dialect.lockForUpdate: id order,
   * each once; nothing on SQLite). Not tenant-scoped: the callers pass the ids they checked.
   */
  async lockForUpdate(m: EntityManager, ids: Iterable<string>): Promise<void> {
    await this.dialect.lockForUpdate(m, User, ids);
  }

  /** Stamps these people (users.bookingAddedAt) in the caller's transaction: a booking was just added for them. */
  async stampBookingAdded(m: EntityManager, ids: readonly string[], at: Date): Promise<void> {
    await m.update(User, { id: ids.length === 1 ? ids[0] : In([...ids]) }, { bookingAddedAt: at });
  }

  /** Clears the booking stamps set at or before `settled`, in every tenant; how many were cleared. */
  async forgetBookingStamps(m: EntityManager, settled: Date): Promise<number> {
    const result = await m.update(User, { bookingAddedAt: LessThanOrEqual(settled) }, { bookingAddedAt: null });
    return result.affected ?? 0;
  }

  /** The ids of the people of this tenant with these e-mail addresses, by address, read in the caller's transaction. */
  async idsByEmail(m: EntityManager, tenantId: string, emails: readonly string[]): Promise<Map<string, string>> {
    const rows = await m.find(User, { where: { tenantId, email: In([...emails]) }, select: { id: true, email: true } });
    return new Map(rows.map((u) => [u.email, u.id]));
  }

  /** Display names by id of those of these people who are in this tenant (for many ids: a floor's bookers). */
  async displayNamesInTenant(tenantId: string, ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    // One list parameter and raw rows: `find` with In() builds, registers and escapes a named
    // parameter per id and hydrates entities; a floor's day has hundreds of bookers. The tenant is
    // checked on each row instead of in the WHERE clause: with `tenantId = ?` there, MariaDB read
    // every user of the tenant through IDX_users_tenant instead of the few hundred primary keys.
    // Same guarantee: no other tenant's name passes.
    const users = await this.users
      .createQueryBuilder('u')
      .select('u.id', 'id')
      .addSelect('u.tenantId', 'tenantId')
      .addSelect('u.displayName', 'displayName')
      .where('u.id IN (:...ids)', { ids: [...new Set(ids)] })
      .getRawMany<{ id: string; tenantId: string; displayName: string }>();
    return new Map(users.filter((u) => u.tenantId === tenantId).map((u) => [u.id, u.displayName]));
  }

  /**
   * Members of this tenant who let colleagues find them and whose display name contains `text`
   * (case-insensitive; `%`, `_` and `!` in the text match themselves), by name, at most `limit`.
   * The column is lowered in SQL and the text in JS (MariaDB's collation ignores case anyway; SQLite
   * folds ASCII letters only, so there "Ö" and "ö" stay different).
   */
  findableNamed(tenantId: string, text: string, excludeId: string, limit: number): Promise<Pick<User, 'id' | 'displayName'>[]> {
    // '!' escapes: a backslash is an escape in MariaDB's string literals but not in SQLite's.
    const pattern = `%${text.toLowerCase().replace(/[!%_]/g, (c) => `!${c}`)}%`;
    return this.users
      .createQueryBuilder('u')
      .select(['u.id', 'u.displayName'])
      .where('u.tenantId = :tenantId', { tenantId })
      .andWhere('u.findableByColleagues = :findable', { findable: true })
      .andWhere('u.passwordHash IS NOT NULL')
      .andWhere('u.id <> :excludeId', { excludeId })
      .andWhere("LOWER(u.displayName) LIKE :pattern ESCAPE '!'", { pattern })
      .orderBy('u.displayName', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .limit(limit)
      .getMany();
  }

  /** These columns of the person in this tenant, read in the caller's transaction (personal-data export and erasure). */
  columnsOf<K extends Exclude<keyof User, symbol | number>>(
    m: EntityManager,
    tenantId: string,
    id: string,
    columns: readonly K[],
  ): Promise<Pick<User, 'id' | K>> {
    const select = Object.fromEntries(['id', ...columns].map((column) => [column, true])) as FindOptionsSelect<User>;
    return m.findOneOrFail(User, { where: { id, tenantId }, select });
  }
}
