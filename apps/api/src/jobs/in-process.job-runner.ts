import { Inject, Injectable, type OnApplicationShutdown, type OnModuleDestroy } from '@nestjs/common';
import type { Logger } from 'pino';
import { APP_LOGGER } from '../common/logging/logger.module.js';
import { JobRegistry, jobKey, type JobName, type JobPayload, type JobRunner, type QueueStatus } from './job-runner.js';

/**
 * Embedded default (no REDIS_URL): timers in this process. A job never overlaps itself: a timer
 * firing while it runs is dropped (the work is derived from the database, the next tick does it),
 * while an explicit trigger waits and runs after it, like a queued job would.
 */
@Injectable()
export class InProcessJobRunner implements JobRunner, OnModuleDestroy, OnApplicationShutdown {
  private readonly registry = new JobRegistry();
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly running = new Set<JobName>();
  private readonly waiting = new Map<JobName, JobPayload[]>();
  private stopped = false;

  constructor(@Inject(APP_LOGGER) private readonly logger: Logger) {}

  register(name: JobName, handler: (payload: JobPayload) => Promise<void>): void {
    this.registry.register(name, handler);
  }

  schedule(name: JobName, everyMs: number): Promise<void> {
    const timer = setInterval(() => void this.execute(name, {}), everyMs);
    timer.unref();
    this.timers.push(timer);
    return Promise.resolve();
  }

  trigger(name: JobName, payload: JobPayload = {}, options: { once?: boolean } = {}): Promise<void> {
    if (this.running.has(name)) {
      const waiting = this.waiting.get(name) ?? [];
      const alreadyWaiting = waiting.some((other) => jobKey(name, other) === jobKey(name, payload));
      if (!(options.once && alreadyWaiting)) this.waiting.set(name, [...waiting, payload]);
    } else {
      // Busy from now on, not from when the run starts: a second trigger in the same tick (e.g. one
      // per queued mail) waits behind this one instead of being dropped as a timer tick would be.
      this.running.add(name);
      setImmediate(() => void this.run(name, payload));
    }
    return Promise.resolve();
  }

  status(): Promise<QueueStatus> {
    return Promise.resolve('in-process');
  }

  private async execute(name: JobName, payload: JobPayload): Promise<void> {
    if (this.stopped || this.running.has(name)) return;
    this.running.add(name);
    await this.run(name, payload);
  }

  /** One run of a job already marked running; then the next trigger that waited, if any. */
  private async run(name: JobName, payload: JobPayload): Promise<void> {
    try {
      if (!this.stopped) await this.registry.run(name, payload);
    } catch (err) {
      this.logger.error({ err, job: name }, 'job failed');
    } finally {
      this.running.delete(name);
    }
    const next = this.waiting.get(name)?.shift();
    if (next) await this.execute(name, next);
  }

  /**
   * Shutting down: no job starts any more (the database closes next). What was triggered but not
   * started is derived from the database, e.g. a message waiting in the outbox, and done after restart.
   */
  onModuleDestroy(): void {
    this.stopped = true;
  }

  onApplicationShutdown(): void {
    for (const timer of this.timers) clearInterval(timer);
  }
}
