import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { JOB_RUNNER, type JobName, type JobRunner } from '../jobs/job-runner.js';
import { REBUILD_JOB } from './analytics.service.js';
import { UtilizationRollup } from './utilization-rollup.service.js';

export const REFRESH_RECENT_JOB = 'analytics.refresh-recent' satisfies JobName;
const REBUILD_EVERY_MS = 24 * 60 * 60_000;

/**
 * The rollup on the jobs module (README "Utilization analytics"): every ANALYTICS_REFRESH_EVERY (an hour) the recent and coming
 * days of every tenant; every day, and when an admin asks, a tenant's whole history (which picks up
 * imports of past bookings and deleted desks). Payloads carry a tenant id at most.
 */
@Injectable()
export class AnalyticsJobs implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    @Inject(JOB_RUNNER) private readonly jobs: JobRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly rollup: UtilizationRollup,
  ) {}

  onModuleInit(): void {
    this.jobs.register(REFRESH_RECENT_JOB, () => this.rollup.refreshRecent());
    this.jobs.register(REBUILD_JOB satisfies JobName, async (payload) => {
      if (typeof payload.tenantId === 'string') await this.rollup.rebuildTenant(payload.tenantId);
      else await this.rollup.rebuildAll();
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule(REFRESH_RECENT_JOB, this.config.analyticsRefreshEveryMs);
    await this.jobs.schedule(REBUILD_JOB, Math.max(REBUILD_EVERY_MS, this.config.analyticsRefreshEveryMs));
  }
}
