import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { APP_LOGGER } from '../common/logging/logger.module.js';
import { JobRegistry, type JobName, type JobPayload, type JobRunner, type QueueStatus } from './job-runner.js';

/**
 * Embedded default (no REDIS_URL): timers in this process. A job never overlaps itself; a trigger
 * while it runs is dropped, which is safe because every job derives its work from the database.
 */
@Injectable()
export class InProcessJobRunner implements JobRunner, OnApplicationShutdown {
  private readonly registry = new JobRegistry();
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly running = new Set<JobName>();

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

  trigger(name: JobName, payload: JobPayload = {}): Promise<void> {
    setImmediate(() => void this.execute(name, payload));
    return Promise.resolve();
  }

  status(): Promise<QueueStatus> {
    return Promise.resolve('in-process');
  }

  private async execute(name: JobName, payload: JobPayload): Promise<void> {
    if (this.running.has(name)) return;
    this.running.add(name);
    try {
      await this.registry.run(name, payload);
    } catch (err) {
      this.logger.error({ err, job: name }, 'job failed');
    } finally {
      this.running.delete(name);
    }
  }

  onApplicationShutdown(): void {
    for (const timer of this.timers) clearInterval(timer);
  }
}
