import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { IsNull, LessThan, LessThanOrEqual, MoreThan, Not, Repository } from 'typeorm';
import { APP_LOGGER } from '../common/logging/logger.module.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { Dialect } from '../database/dialect.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { JOB_RUNNER, type JobName, type JobRunner } from '../jobs/job-runner.js';
import { resolveSettings } from '../tenants/settings.js';
import { TenantsRepository } from '../tenants/tenants.repository.js';
import { BookingScrubber } from './booking-scrubber.service.js';
import { AnonymizationRun, type AnonymizationRunSource } from './entities/anonymization-run.entity.js';
import { DueBookings, type ChunkSource } from './due-bookings.js';
import type { Retention } from './retention.js';

export const SWEEP_JOB = 'anonymization.sweep' satisfies JobName;
/**
 * At most this many bookings a statement: short transactions, bookings keep working meanwhile. 500
 * rather than 1,000: each commit is half as long for a booking to wait behind, which bookings feel
 * more than the sweep minds taking a little longer (docs/benchmarks.md).
 */
export const SWEEP_CHUNK_SIZE = 500;
/** A run unfinished for this long died with its process; the next sweep of the tenant closes it. */
const RUN_PRESUMED_DEAD_MS = 30 * 60_000;
const RUN_LOG_KEPT_MS = 90 * 86_400_000;
const PROGRESS_EVERY_MS = 1_000;

export interface SweepOptions {
  chunkSize?: number;
  parallelChunks?: number;
  /** Called after each committed chunk (tests use it to interrupt a run half-way). */
  afterChunk?: (processedSoFar: number) => void | Promise<void>;
  now?: Date;
}

export interface AnonymizationStatus {
  lastRunAt: Date | null;
  lastRunProcessed: number | null;
  due: number;
  running: boolean;
}

/**
 * The anonymization sweep (DESIGN.md "Anonymization periods"). Its work is a query – the tenant's due
 * bookings – so it is idempotent and resumable: each chunk commits on its own, and a run killed
 * half-way leaves whole chunks done and the rest due for the next run.
 */
@Injectable()
export class AnonymizationService {
  private readonly dueCounts = new Map<string, Promise<number>>();
  /** Per tenant and retention: a due count taken while runs went, and what they had processed by then. */
  private readonly dueBases = new Map<string, { due: number; processed: number }>();

  constructor(
    private readonly tx: TransactionRunner,
    private readonly due: DueBookings,
    private readonly scrubber: BookingScrubber,
    private readonly tenants: TenantsRepository,
    @InjectRepository(AnonymizationRun) private readonly runs: Repository<AnonymizationRun>,
    @Inject(JOB_RUNNER) private readonly jobs: JobRunner,
    @Inject(APP_LOGGER) private readonly logger: Logger,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dialect: Dialect,
  ) {}

  /**
   * An admin's "run now": logged as requested at once (the status shows it running), done by a job.
   * When the job cannot be queued (Redis down: ServiceUnavailableError) the run is removed again,
   * since nothing would finish it and the status would say "running" until it is presumed dead.
   */
  async requestRun(tenantId: string): Promise<string> {
    const run = await this.createRun(tenantId, 'manual');
    try {
      await this.jobs.trigger(SWEEP_JOB, { tenantId, runId: run.id });
    } catch (err) {
      await this.tx.run((m) => m.delete(AnonymizationRun, { id: run.id }));
      throw err;
    }
    return run.id;
  }

  /** The scheduled sweep: every tenant, one after the other, then the expired run log. */
  async sweepAllTenants(options: SweepOptions = {}): Promise<number> {
    let processed = 0;
    for (const id of await this.tenants.allIds()) {
      processed += await this.sweepTenant(id, null, options);
    }
    await this.tx.run((m) => m.delete(AnonymizationRun, { requestedAt: LessThan(new Date(Date.now() - RUN_LOG_KEPT_MS)) }));
    return processed;
  }

  /**
   * Anonymizes or deletes the tenant's due bookings, chunk by chunk, and logs the run. With `runId`
   * (a queued manual run) that run is used; if another sweep already finished it, nothing is left to do.
   */
  async sweepTenant(tenantId: string, runId: string | null, options: SweepOptions = {}): Promise<number> {
    const tenant = await this.tenants.findSettings(tenantId);
    if (!tenant) return 0;
    const now = options.now ?? new Date();
    const queued = runId ? await this.runs.findOneBy({ id: runId, tenantId }) : null;
    if (queued?.finishedAt) return 0;
    // A queued run without its log entry (the request gave up waiting for the queue and removed it,
    // or the log expired) still sweeps: what is due comes from the data, so the work is never wrong.
    const run = queued ?? (await this.createRun(tenantId, runId ? 'manual' : 'schedule'));
    const retention = resolveSettings(tenant.settings).privacy.retention;
    const chunkSize = options.chunkSize ?? SWEEP_CHUNK_SIZE;
    // Chunks are disjoint rows: several can be updated at once where the database runs writers side by side.
    const parallel = options.parallelChunks ?? this.dialect.parallelism(this.config.anonymizeParallelChunks);
    const sources = await this.due.chunkSources(tenantId, retention, now, chunkSize, parallel);
    const scrub = (ids: string[]) =>
      this.tx.run((m) => (retention.mode === 'delete' ? this.scrubber.remove(m, ids) : this.scrubber.anonymize(m, ids, now)));
    const processed = await this.work(sources, scrub, run, options);
    await this.tx.run((m) => m.update(AnonymizationRun, { id: run.id }, { processed }));
    await this.finish(run, options.now ?? new Date());
    if (processed) this.logger.info({ tenantId, runId: run.id, processed, mode: retention.mode }, 'anonymization sweep finished');
    return processed;
  }

  /**
   * Runs the workers, one per chunk source: each scrubs a chunk, then reads its next once that one
   * committed, so no row is handed out twice and no worker waits for another (the database always
   * has `sources.length` chunks to work on). Returns how many bookings they scrubbed; the first
   * failure stops every worker after its current chunk.
   */
  private async work(
    sources: ChunkSource[],
    scrub: (ids: string[]) => Promise<number>,
    run: AnonymizationRun,
    options: SweepOptions,
  ): Promise<number> {
    let processed = 0;
    let reportedAt = Date.now();
    let stopped = false;
    const worker = async (nextChunk: ChunkSource) => {
      while (!stopped) {
        const ids = await nextChunk();
        if (ids.length === 0) return;
        const n = await scrub(ids);
        processed += n;
        await options.afterChunk?.(processed);
        // Outside the chunks' transactions (one row every chunk would update would serialize
        // them), and about once a second: the Settings page shows it as progress.
        if (Date.now() - reportedAt >= PROGRESS_EVERY_MS) {
          reportedAt = Date.now();
          await this.tx.run((m) => m.update(AnonymizationRun, { id: run.id }, { processed }));
        }
        // Another sweep took these rows first (at-least-once delivery): it finishes the rest.
        if (n === 0) return;
      }
    };
    await Promise.all(
      sources.map((source) =>
        worker(source).catch((err: unknown) => {
          stopped = true;
          throw err;
        }),
      ),
    );
    return processed;
  }

  async status(tenantId: string, now = new Date()): Promise<AnonymizationStatus> {
    const tenant = await this.tenants.getById(tenantId);
    const last = await this.runs.findOne({
      where: { tenantId, finishedAt: Not(IsNull()) },
      order: { finishedAt: 'DESC', requestedAt: 'DESC' },
    });
    const going = await this.runs.find({
      select: { processed: true },
      where: { tenantId, finishedAt: IsNull(), requestedAt: MoreThan(new Date(now.getTime() - RUN_PRESUMED_DEAD_MS)) },
    });
    const retention = resolveSettings(tenant.settings).privacy.retention;
    return {
      lastRunAt: last?.finishedAt ?? null,
      lastRunProcessed: last?.processed ?? null,
      due:
        going.length > 0
          ? await this.dueWhileRunning(
              tenantId,
              retention,
              now,
              going.reduce((sum, r) => sum + r.processed, 0),
            )
          : await this.sharedCountDue(tenantId, retention, now),
      running: going.length > 0,
    };
  }

  /** The tenant's run log, oldest first (for the tenant export). */
  runLog(tenantId: string): Promise<AnonymizationRun[]> {
    return this.runs.find({ where: { tenantId }, order: { requestedAt: 'ASC' } });
  }

  /**
   * While runs go, what was due at this instance's last count, less what they processed since. A
   * count then is the costliest thing the database does besides the sweep itself: every index entry
   * it reads was just changed, so each needs its row's older version; the Settings page would ask
   * for one every few seconds and slow the run it watches (each count costs more the more is due). A run that
   * stops counting as going (presumed dead) shrinks the sum: then this instance counts again.
   */
  private async dueWhileRunning(tenantId: string, retention: Retention, now: Date, processedSoFar: number): Promise<number> {
    const key = `${tenantId}|${retention.mode}|${retention.afterDays}`;
    let base = this.dueBases.get(key);
    if (!base || processedSoFar < base.processed) {
      base = { due: await this.sharedCountDue(tenantId, retention, now), processed: processedSoFar };
      this.dueBases.set(key, base);
    }
    return Math.max(0, base.due - (processedSoFar - base.processed));
  }

  /**
   * DueBookings.count, with callers that ask for the same tenant while a count is under way sharing it: with a
   * million due bookings a count reads a million index entries. Nothing is kept once the count is done.
   */
  private sharedCountDue(tenantId: string, retention: Retention, now: Date): Promise<number> {
    const key = `${tenantId}|${retention.mode}|${retention.afterDays}`;
    this.dueBases.delete(key);
    let count = this.dueCounts.get(key);
    if (!count) {
      count = this.due.count(tenantId, retention, now).finally(() => this.dueCounts.delete(key));
      this.dueCounts.set(key, count);
    }
    return count;
  }

  private async createRun(tenantId: string, source: AnonymizationRunSource): Promise<AnonymizationRun> {
    const run = Object.assign(new AnonymizationRun(), {
      id: randomUUID(),
      tenantId,
      source,
      requestedAt: new Date(),
      finishedAt: null,
      processed: 0,
    });
    await this.tx.run((m) => m.insert(AnonymizationRun, run));
    return run;
  }

  /** Closes this run and every earlier one left open (queued behind it, or killed): this run did their work. */
  private async finish(run: AnonymizationRun, now: Date): Promise<void> {
    await this.tx.run(async (m) => {
      await m.update(
        AnonymizationRun,
        { tenantId: run.tenantId, finishedAt: IsNull(), requestedAt: LessThanOrEqual(run.requestedAt) },
        { finishedAt: now },
      );
      await m.update(AnonymizationRun, { id: run.id }, { finishedAt: now });
    });
  }
}
