import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Not, IsNull, Repository, type EntityManager } from 'typeorm';
import { TenantScopedRepository } from '../common/tenancy/tenant-scoped.repository.js';
import { User } from './entities/user.entity.js';

@Injectable()
export class UsersRepository extends TenantScopedRepository<User> {
  constructor(@InjectRepository(User) repository: Repository<User>) {
    super(repository, User, 'User');
  }

  /** Admins who can sign in; invitations not yet accepted do not count. */
  countActiveAdmins(manager?: EntityManager): Promise<number> {
    return this.count({ role: 'tenant_admin', passwordHash: Not(IsNull()) }, manager);
  }
}
