import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { JOB_RUNNER, type JobRunner } from '../jobs/job-runner.js';
import { AnonymizationService, SWEEP_JOB } from './anonymization.service.js';

/**
 * The sweep on the jobs module: every ANONYMIZE_EVERY (default 15 minutes) across all tenants, and
 * once for one tenant when an admin asks. Payloads carry ids only (tenant and run), never a person.
 */
@Injectable()
export class AnonymizationJobs implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    @Inject(JOB_RUNNER) private readonly jobs: JobRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly anonymization: AnonymizationService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(SWEEP_JOB, async (payload) => {
      if (typeof payload.tenantId === 'string' && typeof payload.runId === 'string') {
        await this.anonymization.sweepTenant(payload.tenantId, payload.runId);
      } else {
        await this.anonymization.sweepAllTenants();
      }
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule(SWEEP_JOB, this.config.anonymizeEveryMs);
  }
}
