import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { JOB_RUNNER, type JobRunner } from '../jobs/job-runner.js';
import { BookingsService } from './bookings.service.js';

const RELEASE_EVERY_MS = 60_000;

/** Every minute: release bookings nobody checked in to (where the tenant requires check-in). */
@Injectable()
export class BookingsJobs implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    @Inject(JOB_RUNNER) private readonly jobs: JobRunner,
    private readonly bookings: BookingsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register('bookings.release-no-shows', async () => {
      await this.bookings.releaseNoShows();
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule('bookings.release-no-shows', RELEASE_EVERY_MS);
  }
}
