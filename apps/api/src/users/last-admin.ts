import { DomainError } from '../common/errors/domain-error.js';
import type { Role } from '../common/auth/roles.js';
import type { User } from './entities/user.entity.js';

export class LastAdminError extends DomainError {
  constructor() {
    super(409, 'LAST_ADMIN', 'A company needs at least one administrator. Make someone else an administrator first.');
  }
}

/** Would this change leave the tenant without an active tenant_admin? */
export function removesLastAdmin(user: User, newRole: Role | null, activeAdmins: number): boolean {
  const isActiveAdmin = user.role === 'tenant_admin' && user.passwordHash !== null;
  return isActiveAdmin && newRole !== 'tenant_admin' && activeAdmins <= 1;
}
