import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../common/context/request-context.js';
import { currentTenantId } from '../common/tenancy/tenant-context.js';
import { Dialect } from '../database/dialect.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { UpdateTenantSettingsDto } from './dto/update-tenant-settings.dto.js';
import { Tenant } from './entities/tenant.entity.js';
import { TenantHooks } from './tenant-hooks.service.js';
import { changedPaths, deepMerge, resolveSettings, type DeepPartial, type TenantSettings } from './settings.js';

@Injectable()
export class TenantSettingsService {
  constructor(
    @InjectRepository(Tenant) private readonly tenants: Repository<Tenant>,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
    private readonly dialect: Dialect,
    private readonly hooks: TenantHooks,
  ) {}

  async get(): Promise<TenantSettings> {
    const tenant = await this.tenants.findOneByOrFail({ id: currentTenantId() });
    return resolveSettings(tenant.settings);
  }

  /** Deep-merges the patch; the audit event records each changed setting with its old and new value. */
  async update(actor: Principal, patch: UpdateTenantSettingsDto): Promise<TenantSettings> {
    const { settings, afterCommit } = await this.tx.run(async (m) => {
      const repo = m.getRepository(Tenant);
      // Concurrent patches apply one after the other, each to the settings the one before left.
      await this.dialect.lockForUpdate(m, Tenant, [actor.tenantId]);
      const tenant = await repo.findOneByOrFail({ id: actor.tenantId });
      const before = resolveSettings(tenant.settings);
      const after = deepMerge(before, patch as DeepPartial<TenantSettings>);
      const changed = changedPaths(before, after);
      if (changed.length === 0) return { settings: before, afterCommit: [] };
      await repo.update({ id: tenant.id }, { settings: after });
      await this.audit.record(m, {
        tenantId: tenant.id,
        actorUserId: actor.userId,
        action: 'settings.changed',
        targetType: 'tenant',
        targetId: tenant.id,
        details: { changes: changed.map((setting) => ({ setting, from: valueAt(before, setting), to: valueAt(after, setting) })) },
      });
      const afterCommit = await this.hooks.settingsWereChanged(m, {
        tenantId: tenant.id,
        actorUserId: actor.userId,
        before,
        after,
        changed,
      });
      return { settings: after, afterCommit };
    });
    for (const work of afterCommit) await work();
    return settings;
  }
}

/** The value at a leaf path such as `privacy.retention.afterDays`. */
function valueAt(settings: TenantSettings, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], settings);
}
