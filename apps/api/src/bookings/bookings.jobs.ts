import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { JOB_RUNNER, type JobName, type JobRunner } from '../jobs/job-runner.js';
import { BookingsHousekeeping } from './bookings.housekeeping.js';
import { BookingsService } from './bookings.service.js';

export const RELEASE_NO_SHOWS_JOB = 'bookings.release-no-shows' satisfies JobName;
export const HOUSEKEEPING_JOB = 'bookings.housekeeping' satisfies JobName;
const RELEASE_EVERY_MS = 60_000;
const HOUSEKEEPING_EVERY_MS = 15 * 60_000;

/**
 * Every minute: release bookings nobody checked in to (where the tenant requires check-in).
 * Every 15 minutes: housekeeping (expired Idempotency-Keys, settled booking stamps).
 */
@Injectable()
export class BookingsJobs implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    @Inject(JOB_RUNNER) private readonly jobs: JobRunner,
    private readonly bookings: BookingsService,
    private readonly housekeeping: BookingsHousekeeping,
  ) {}

  onModuleInit(): void {
    this.jobs.register(RELEASE_NO_SHOWS_JOB, async () => {
      await this.bookings.releaseNoShows();
    });
    this.jobs.register(HOUSEKEEPING_JOB, async () => {
      await this.housekeeping.run();
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule(RELEASE_NO_SHOWS_JOB, RELEASE_EVERY_MS);
    await this.jobs.schedule(HOUSEKEEPING_JOB, HOUSEKEEPING_EVERY_MS);
  }
}
