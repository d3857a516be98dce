import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { APP_LOGGER } from '../common/logging/logger.module.js';
import type { Job, Queue } from 'bullmq';
import { JobRegistry, QUEUE_NAME, type JobHandler, type JobName, type JobPayload, type JobRunner, type QueueStatus } from './job-runner.js';

/** Jobs leave Redis as soon as they finish or fail: payloads are ids, but even ids expire. */
const JOB_OPTIONS = {
  removeOnComplete: true,
  removeOnFail: true,
  attempts: 3,
  backoff: { type: 'exponential', delay: 5_000 },
} as const;

const PING_TIMEOUT_MS = 1_000;

@Injectable()
export class BullMqJobRunner implements JobRunner {
  readonly registry = new JobRegistry();

  constructor(
    @InjectQueue(QUEUE_NAME) private readonly queue: Queue,
    @Inject(APP_LOGGER) private readonly logger: Logger,
  ) {}

  register(name: JobName, handler: JobHandler): void {
    this.registry.register(name, handler);
  }

  schedule(name: JobName, everyMs: number): Promise<void> {
    // Upserting under a stable id keeps exactly one scheduler per job, however many instances start.
    // A new scheduler runs first one period from now, as the in-process runner does (BullMQ would
    // run it at once); `startDate` counts only when the scheduler is created, so a restart does not
    // move an existing schedule. Not awaited: with Redis down at start-up the API still starts
    // (health says 503) and the scheduler is written as soon as the connection is up.
    const repeat = { every: everyMs, startDate: Date.now() + everyMs };
    this.queue.upsertJobScheduler(name, repeat, { name, data: {}, opts: JOB_OPTIONS }).catch((err: unknown) => {
      this.logger.error({ err, job: name }, 'could not schedule job');
    });
    return Promise.resolve();
  }

  async trigger(name: JobName, payload: JobPayload = {}): Promise<void> {
    await this.queue.add(name, payload, JOB_OPTIONS);
  }

  async status(): Promise<QueueStatus> {
    try {
      const client = await this.queue.getBackend().client;
      await Promise.race([
        // BullMQ's client abstraction has no PING; reading a missing key is the same round trip.
        client.get('deskbook:health-probe'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('Redis ping timed out')), PING_TIMEOUT_MS).unref()),
      ]);
      return 'up';
    } catch {
      return 'down';
    }
  }
}

/**
 * The worker: hands every job to the handler registered under its name. Several at once, so a long
 * anonymization sweep does not hold up the every-minute auto-release.
 */
@Processor(QUEUE_NAME, { concurrency: 4 })
export class BullMqJobProcessor extends WorkerHost {
  constructor(private readonly runner: BullMqJobRunner) {
    super();
  }

  async process(job: Job<JobPayload>): Promise<void> {
    await this.runner.registry.run(job.name, job.data);
  }
}
