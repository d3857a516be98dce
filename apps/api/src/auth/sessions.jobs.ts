import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { JOB_RUNNER, type JobRunner } from '../jobs/job-runner.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { SessionsService } from './sessions.service.js';
import { SignupConfirmationService } from './signup-confirmation.service.js';

const PURGE_EVERY_MS = 60 * 60_000;

/**
 * Hourly housekeeping: expired and revoked sessions, stale sign-in throttles and unconfirmed sign-ups
 * past their link's validity are deleted; they
 * are personal data (or derived from it) with no further use.
 */
@Injectable()
export class SessionsJobs implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    @Inject(JOB_RUNNER) private readonly jobs: JobRunner,
    private readonly sessions: SessionsService,
    private readonly throttle: LoginThrottleService,
    private readonly signups: SignupConfirmationService,
  ) {}

  onModuleInit(): void {
    this.jobs.register('sessions.purge-expired', async () => {
      await this.sessions.purgeExpired();
      await this.throttle.purgeStale();
      await this.signups.purgeExpired();
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule('sessions.purge-expired', PURGE_EVERY_MS);
  }
}
