import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { JOB_RUNNER, type JobRunner } from '../jobs/job-runner.js';
import { SessionsService } from './sessions.service.js';

const PURGE_EVERY_MS = 60 * 60_000;

/** Expired and revoked sessions are deleted hourly: they are personal data with no further use. */
@Injectable()
export class SessionsJobs implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    @Inject(JOB_RUNNER) private readonly jobs: JobRunner,
    private readonly sessions: SessionsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register('sessions.purge-expired', async () => {
      await this.sessions.purgeExpired();
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule('sessions.purge-expired', PURGE_EVERY_MS);
  }
}
