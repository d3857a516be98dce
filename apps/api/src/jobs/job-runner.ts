/** Names of every job; payloads carry ids only, never personal data. */
export const JOB_NAMES = [
  'sessions.purge-expired',
  'bookings.release-no-shows',
  'bookings.housekeeping',
  'anonymization.sweep',
  'analytics.refresh-recent',
  'analytics.rebuild',
  'mail.send',
  'mail.deliver-due',
] as const;
export type JobName = (typeof JOB_NAMES)[number];
export type JobPayload = Record<string, string | number | boolean>;
export type JobHandler = (payload: JobPayload) => Promise<void>;
export type QueueStatus = 'up' | 'in-process' | 'down';

export const JOB_RUNNER = Symbol('JOB_RUNNER');
export const QUEUE_NAME = 'deskbook';

/**
 * One interface, two adapters: BullMQ on Redis (several API instances, each recurring job runs
 * once across all of them) and an in-process runner on timers for the embedded default.
 * Handlers must be idempotent and derive their work from the database: delivery is at-least-once.
 */
export interface JobRunner {
  /** Declares what a job does; call from a module's onModuleInit. */
  register(name: JobName, handler: JobHandler): void;
  /** Runs the job every `everyMs`; the job name is the scheduler's stable id. */
  schedule(name: JobName, everyMs: number): Promise<void>;
  /**
   * Runs the job once, as soon as a worker is free. With `once`, a job of this name and payload that is
   * already waiting (or, on Redis, running) is enough: clicking "Refresh now" ten times queues one rebuild.
   */
  trigger(name: JobName, payload?: JobPayload, options?: { once?: boolean }): Promise<void>;
  status(): Promise<QueueStatus>;
}

/** A stable name for a job and its payload, e.g. `analytics.rebuild-tenantId-…` (BullMQ job ids may not hold ':'). */
export function jobKey(name: JobName, payload: JobPayload): string {
  const parts = Object.keys(payload)
    .sort()
    .map((key) => `${key}-${String(payload[key])}`);
  return [name, ...parts].join('-');
}

/** The handler table both adapters dispatch through. */
export class JobRegistry {
  private readonly handlers = new Map<JobName, JobHandler>();

  register(name: JobName, handler: JobHandler): void {
    if (this.handlers.has(name)) throw new Error(`Job ${name} is registered twice`);
    this.handlers.set(name, handler);
  }

  async run(name: string, payload: JobPayload): Promise<void> {
    const handler = this.handlers.get(name as JobName);
    if (!handler) throw new Error(`No handler registered for job ${name}`);
    await handler(payload);
  }
}
