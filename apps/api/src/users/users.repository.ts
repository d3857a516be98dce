import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Not, Repository, type EntityManager } from 'typeorm';
import { TenantScopedRepository } from '../common/tenancy/tenant-scoped.repository.js';
import { currentTenantId } from '../common/tenancy/tenant-context.js';
import { User } from './entities/user.entity.js';

/** A person as /me shows them, with their tenant's name. */
export type UserProfile = Pick<User, 'id' | 'email' | 'displayName' | 'role' | 'tenantId' | 'locale' | 'totpEnabledAt'> & {
  tenantName: string;
};

@Injectable()
export class UsersRepository extends TenantScopedRepository<User> {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {
    super(users, User, 'User');
  }

  /** Admins who can sign in; invitations not yet accepted do not count. */
  countActiveAdmins(manager?: EntityManager): Promise<number> {
    return this.count({ role: 'tenant_admin', passwordHash: Not(IsNull()) }, manager);
  }

  /** The current names of those of these people who still exist in the caller's tenant. */
  async displayNames(ids: readonly string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await this.users.find({ where: this.scoped({ id: In([...ids]) }), select: { id: true, displayName: true } });
    return new Map(rows.map((row) => [row.id, row.displayName]));
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
        tenant: { id: true, name: true },
      },
    });
    const { tenant, ...person } = user;
    return { ...person, tenantName: tenant!.name };
  }

  /** Changes what a person may change about themselves. */
  async updateProfile(m: EntityManager, id: string, changes: Partial<Pick<User, 'displayName' | 'locale'>>): Promise<void> {
    await m.update(User, this.scoped({ id }), changes);
  }
}
