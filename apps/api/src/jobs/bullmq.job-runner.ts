import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import { APP_LOGGER } from '../common/logging/logger.module.js';
import { ServiceUnavailableError } from '../common/errors/service-unavailable.js';
import { withTimeout } from '../common/with-timeout.js';
import type { Job, Queue } from 'bullmq';
import {
  JobRegistry,
  jobKey,
  QUEUE_NAME,
  type JobHandler,
  type JobName,
  type JobPayload,
  type JobRunner,
  type QueueStatus,
} from './job-runner.js';

/** Jobs leave Redis as soon as they finish or fail: payloads are ids, but even ids expire. */
const JOB_OPTIONS = {
  removeOnComplete: true,
  removeOnFail: true,
  attempts: 3,
  backoff: { type: 'exponential', delay: 5_000 },
} as const;

const PING_TIMEOUT_MS = 1_000;
/** A request that queues a job waits this long for Redis at most, then answers 503. */
const TRIGGER_TIMEOUT_MS = 2_000;
const QUEUE_RETRY_AFTER_SECONDS = 30;
/**
 * How often each instance checks that Redis still holds the schedulers it declared. A Redis restarted
 * without persistence comes back empty; the reconnect re-creates them at once, this catches the rest
 * (e.g. a FLUSHALL, or a failover to an empty replica).
 */
export const SCHEDULES_CHECKED_EVERY_MS = 60_000;

/** Refused, reset or closed connections: they repeat on every reconnect attempt while Redis is away. */
function isConnectionError(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH'].includes(code)) return true;
  return err instanceof Error && /Connection is closed|Stream isn't writeable/.test(err.message);
}

@Injectable()
export class BullMqJobRunner implements JobRunner, OnModuleInit, OnApplicationShutdown {
  readonly registry = new JobRegistry();
  /** What this instance scheduled, and how often: re-created whenever Redis lost it. */
  private readonly schedules = new Map<JobName, number>();
  private checkTimer: NodeJS.Timeout | null = null;
  private connectionLost = false;

  constructor(
    @InjectQueue(QUEUE_NAME) private readonly queue: Queue,
    @Inject(APP_LOGGER) private readonly logger: Logger,
  ) {}

  /** Watches the connection: an outage is logged once, and when Redis is back the schedulers are checked. */
  onModuleInit(): void {
    // Not the backend's own 'close': the queue leaves out the one of its own shutdown.
    this.queue.on('ioredis:close', () => {
      if (this.connectionLost) return;
      this.connectionLost = true;
      this.logger.warn('Redis connection lost: scheduled jobs wait, requests that queue a job answer 503');
    });
    this.queue.getBackend().on('ready', () => {
      if (!this.connectionLost) return;
      this.connectionLost = false;
      this.logger.info('Redis connection back');
      void this.recreateMissingSchedules();
    });
    this.queue.on('error', (err) => this.logUnlessConnectionError(err, 'job queue error'));
  }

  register(name: JobName, handler: JobHandler): void {
    this.registry.register(name, handler);
  }

  schedule(name: JobName, everyMs: number): Promise<void> {
    this.schedules.set(name, everyMs);
    this.checkTimer ??= setInterval(() => void this.recreateMissingSchedules(), SCHEDULES_CHECKED_EVERY_MS).unref();
    // Not awaited: with Redis down at start-up the API still starts (health says degraded) and the
    // scheduler is written as soon as the connection is up.
    this.upsertScheduler(name, everyMs).catch((err: unknown) => {
      this.logger.error({ err, job: name }, 'could not schedule job');
    });
    return Promise.resolve();
  }

  /** Queues the job, or throws ServiceUnavailableError (503) when Redis cannot take it now. */
  async trigger(name: JobName, payload: JobPayload = {}, options: { once?: boolean } = {}): Promise<void> {
    // BullMQ adds no job under an id that a waiting or running job holds (finished ones are removed).
    const jobOptions = options.once ? { ...JOB_OPTIONS, jobId: jobKey(name, payload) } : JOB_OPTIONS;
    try {
      await withTimeout(this.queue.add(name, payload, jobOptions), TRIGGER_TIMEOUT_MS, 'queueing the job');
    } catch (err) {
      this.logger.warn({ err, job: name }, 'could not queue job');
      throw new ServiceUnavailableError('queue', QUEUE_RETRY_AFTER_SECONDS);
    }
  }

  async status(): Promise<QueueStatus> {
    try {
      const client = await this.queue.getBackend().client;
      // BullMQ's client abstraction has no PING; reading a missing key is the same round trip.
      await withTimeout(client.get('deskbook:health-probe'), PING_TIMEOUT_MS, 'Redis ping');
      return 'up';
    } catch {
      return 'down';
    }
  }

  onApplicationShutdown(): void {
    if (this.checkTimer) clearInterval(this.checkTimer);
  }

  /** The outage itself is logged once (connection lost, back); what else goes wrong is logged as it comes. */
  logUnlessConnectionError(err: unknown, msg: string): void {
    if (!isConnectionError(err)) this.logger.error({ err }, msg);
  }

  /**
   * Upserting under a stable id keeps exactly one scheduler per job, however many instances start.
   * A new scheduler runs first one period from now, as the in-process runner does (BullMQ would run
   * it at once); `startDate` counts only when the scheduler is created, so a restart does not move
   * an existing schedule.
   */
  private async upsertScheduler(name: JobName, everyMs: number): Promise<void> {
    const repeat = { every: everyMs, startDate: Date.now() + everyMs };
    await this.queue.upsertJobScheduler(name, repeat, { name, data: {}, opts: JOB_OPTIONS });
  }

  /** Re-creates every scheduler of this instance that Redis no longer has (it lost its data). */
  private async recreateMissingSchedules(): Promise<void> {
    for (const [name, everyMs] of this.schedules) {
      try {
        if (await this.queue.getJobScheduler(name)) continue;
        await this.upsertScheduler(name, everyMs);
        this.logger.warn({ job: name }, 'job scheduler was missing in Redis (data lost?); re-created it');
      } catch (err) {
        this.logger.error({ err, job: name }, 'could not check the job scheduler');
      }
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

  @OnWorkerEvent('error')
  onError(err: Error): void {
    this.runner.logUnlessConnectionError(err, 'job worker error');
  }
}
