import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { TenantSettings } from './settings.js';

export interface TenantCreated {
  tenantId: string;
  settings: TenantSettings;
}

export interface SettingsChanged {
  tenantId: string;
  actorUserId: string;
  before: TenantSettings;
  after: TenantSettings;
  /** Leaf paths that differ, e.g. `privacy.retention.afterDays`. */
  changed: string[];
}

type Hook<E> = (m: EntityManager, event: E) => Promise<void>;

/**
 * What other features do inside the transaction that creates a tenant or changes its settings (the
 * privacy notice is republished with the change, so it never disagrees with how the system behaves).
 * Features register at start-up, so tenants/ names none of them; a hook that throws rolls the change back.
 */
@Injectable()
export class TenantHooks {
  private readonly created: Hook<TenantCreated>[] = [];
  private readonly settingsChanged: Hook<SettingsChanged>[] = [];

  onTenantCreated(hook: Hook<TenantCreated>): void {
    this.created.push(hook);
  }

  onSettingsChanged(hook: Hook<SettingsChanged>): void {
    this.settingsChanged.push(hook);
  }

  async tenantCreated(m: EntityManager, event: TenantCreated): Promise<void> {
    for (const hook of this.created) await hook(m, event);
  }

  async settingsWereChanged(m: EntityManager, event: SettingsChanged): Promise<void> {
    for (const hook of this.settingsChanged) await hook(m, event);
  }
}
