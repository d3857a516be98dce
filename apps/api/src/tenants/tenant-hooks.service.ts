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

/** What a hook leaves for after the commit (e.g. handing queued mail to the queue); must not throw. */
export type AfterCommit = () => Promise<void>;

type Hook<E> = (m: EntityManager, event: E) => Promise<void | AfterCommit>;

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

  /** Runs the hooks in the change's transaction; returns what they left for after its commit. */
  async settingsWereChanged(m: EntityManager, event: SettingsChanged): Promise<AfterCommit[]> {
    const afterCommit: AfterCommit[] = [];
    for (const hook of this.settingsChanged) {
      const after = await hook(m, event);
      if (after) afterCommit.push(after);
    }
    return afterCommit;
  }
}
