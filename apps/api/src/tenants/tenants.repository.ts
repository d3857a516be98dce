import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type EntityManager } from 'typeorm';
import { Dialect } from '../database/dialect.js';
import { Tenant } from './entities/tenant.entity.js';
import { TenantHooks } from './tenant-hooks.service.js';
import { deepMerge, defaultSettings, resolveSettings, type TenantSettings } from './settings.js';

/** The tenants table, for the features that need a tenant outside its own settings (sign-up, locks). */
@Injectable()
export class TenantsRepository {
  constructor(
    @InjectRepository(Tenant) private readonly tenants: Repository<Tenant>,
    private readonly dialect: Dialect,
    private readonly hooks: TenantHooks,
  ) {}

  /** The tenant; with `m`, read in the caller's transaction. */
  getById(id: string, m?: EntityManager): Promise<Tenant> {
    return m ? m.findOneByOrFail(Tenant, { id }) : this.tenants.findOneByOrFail({ id });
  }

  findBySlug(slug: string): Promise<Tenant | null> {
    return this.tenants.findOneBy({ slug });
  }

  /** Every tenant's settings, for jobs that apply each tenant's rules. */
  allSettings(): Promise<Pick<Tenant, 'id' | 'settings'>[]> {
    return this.tenants.find({ select: { id: true, settings: true } });
  }

  /** A new tenant with the default settings, inserted in the caller's transaction (with what TenantHooks adds). */
  async create(m: EntityManager, tenant: Pick<Tenant, 'id' | 'name' | 'slug' | 'createdAt'>): Promise<Tenant> {
    const row = Object.assign(new Tenant(), { ...tenant, settings: defaultSettings() });
    await m.insert(Tenant, row);
    await this.hooks.tenantCreated(m, { tenantId: row.id, settings: resolveSettings(row.settings) });
    return row;
  }

  /**
   * Locks the tenant's row until the caller's transaction ends, so changes that must see the whole
   * tenant (e.g. the last-admin check) run one after the other. Nothing on SQLite, which serializes
   * transactions anyway.
   */
  async lockForUpdate(m: EntityManager, id: string): Promise<void> {
    await this.dialect.lockForUpdate(m, Tenant, [id]);
  }

  /** The ids of every tenant (for jobs that go through them all). */
  async allIds(): Promise<string[]> {
    return (await this.tenants.find({ select: { id: true } })).map((t) => t.id);
  }

  /** The tenant with its id and stored settings only, or null if there is none. */
  findSettings(id: string): Promise<Pick<Tenant, 'id' | 'settings'> | null> {
    return this.tenants.findOne({ where: { id }, select: { id: true, settings: true } });
  }

  /**
   * Sets privacy.noticeMode in the caller's transaction, for the privacy notices: publishing a generated
   * or a custom notice switches the mode with it. Not through TenantSettingsService.update, whose hooks
   * would answer the switch with another publication.
   */
  async setNoticeMode(m: EntityManager, id: string, mode: TenantSettings['privacy']['noticeMode']): Promise<void> {
    const settings = resolveSettings((await m.findOneByOrFail(Tenant, { id })).settings);
    if (settings.privacy.noticeMode === mode) return;
    await m.update(Tenant, { id }, { settings: deepMerge(settings, { privacy: { noticeMode: mode } }) });
  }
}
