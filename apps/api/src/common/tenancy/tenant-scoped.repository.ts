import type { EntityManager, EntityTarget, FindOptionsOrder, FindOptionsWhere, ObjectLiteral, Repository } from 'typeorm';
import { NotFoundError } from '../errors/domain-error.js';
import { currentTenantId } from './tenant-context.js';

/**
 * Base for repositories of tenant-owned rows: every read and write is narrowed to the caller's
 * tenant. A row of another tenant is indistinguishable from a missing one (404, never 403).
 */
export abstract class TenantScopedRepository<T extends ObjectLiteral & { id: string; tenantId: string }> {
  protected constructor(
    private readonly repository: Repository<T>,
    private readonly entity: EntityTarget<T>,
    private readonly label: string,
  ) {}

  protected repo(manager?: EntityManager): Repository<T> {
    return manager ? manager.getRepository(this.entity) : this.repository;
  }

  protected scoped(where: FindOptionsWhere<T> = {}): FindOptionsWhere<T> {
    return { ...where, tenantId: currentTenantId() };
  }

  find(where: FindOptionsWhere<T> = {}, order?: FindOptionsOrder<T>, manager?: EntityManager): Promise<T[]> {
    return this.repo(manager).find({ where: this.scoped(where), order });
  }

  findById(id: string, manager?: EntityManager): Promise<T | null> {
    return this.repo(manager).findOne({ where: this.scoped({ id } as FindOptionsWhere<T>) });
  }

  async getById(id: string, manager?: EntityManager): Promise<T> {
    const row = await this.findById(id, manager);
    if (!row) throw new NotFoundError(this.label);
    return row;
  }

  count(where: FindOptionsWhere<T> = {}, manager?: EntityManager): Promise<number> {
    return this.repo(manager).count({ where: this.scoped(where) });
  }

  async deleteById(id: string, manager?: EntityManager): Promise<void> {
    const result = await this.repo(manager).delete(this.scoped({ id } as FindOptionsWhere<T>));
    if (!result.affected) throw new NotFoundError(this.label);
  }
}
