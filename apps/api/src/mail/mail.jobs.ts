import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { JOB_RUNNER, type JobRunner } from '../jobs/job-runner.js';
import { MailDelivery } from './mail-delivery.service.js';

/** Often enough that a retry is not late by more than this, rare enough to cost nothing. */
const SWEEP_EVERY_MS = 60_000;

/**
 * `mail.send` delivers the message a request just queued. `mail.deliver-due` sweeps the outbox every
 * minute: retries after back-off, and messages whose job never reached the queue (Redis was down).
 * Sent rows older than the retention are purged by the same sweep.
 */
@Injectable()
export class MailJobs implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    @Inject(JOB_RUNNER) private readonly jobs: JobRunner,
    private readonly delivery: MailDelivery,
  ) {}

  onModuleInit(): void {
    this.jobs.register('mail.send', async ({ messageId }) => {
      if (typeof messageId === 'string') await this.delivery.deliver(messageId, new Date(), true);
    });
    this.jobs.register('mail.deliver-due', async () => {
      await this.delivery.deliverDue();
      await this.delivery.purgeOld();
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule('mail.deliver-due', SWEEP_EVERY_MS);
  }
}
