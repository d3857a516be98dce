import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { IsNull, LessThan, LessThanOrEqual, MoreThan, Not, Repository } from 'typeorm';
import { Booking } from '../bookings/entities/booking.entity.js';
import { chunksOf } from '../common/collections.js';
import { APP_LOGGER } from '../common/logging/logger.module.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { JOB_RUNNER, type JobName, type JobRunner } from '../jobs/job-runner.js';
import { Tenant } from '../tenants/entities/tenant.entity.js';
import { resolveSettings } from '../tenants/settings.js';
import { BookingScrubber } from './booking-scrubber.js';
import { AnonymizationRun, type AnonymizationRunSource } from './entities/anonymization-run.entity.js';
import { dueCutoff, type Retention } from './retention.js';

export const SWEEP_JOB = 'anonymization.sweep' satisfies JobName;
/** At most this many bookings a statement: short transactions, bookings keep working meanwhile. */
export const SWEEP_CHUNK_SIZE = 1_000;
export const SWEEP_PARALLEL_CHUNKS = 3;
/** A run unfinished for this long died with its process; the next sweep of the tenant closes it. */
const RUN_PRESUMED_DEAD_MS = 30 * 60_000;
const RUN_LOG_KEPT_MS = 90 * 86_400_000;

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
  private readonly scrubber = new BookingScrubber();

  constructor(
    private readonly tx: TransactionRunner,
    @InjectRepository(Tenant) private readonly tenants: Repository<Tenant>,
    @InjectRepository(Booking) private readonly bookings: Repository<Booking>,
    @InjectRepository(AnonymizationRun) private readonly runs: Repository<AnonymizationRun>,
    @Inject(JOB_RUNNER) private readonly jobs: JobRunner,
    @Inject(APP_LOGGER) private readonly logger: Logger,
  ) {}

  /** An admin's "run now": logged as requested at once (the status shows it running), done by a job. */
  async requestRun(tenantId: string): Promise<string> {
    const run = await this.createRun(tenantId, 'manual');
    await this.jobs.trigger(SWEEP_JOB, { tenantId, runId: run.id });
    return run.id;
  }

  /** The scheduled sweep: every tenant, one after the other. */
  async sweepAllTenants(options: SweepOptions = {}): Promise<number> {
    let processed = 0;
    for (const { id } of await this.tenants.find({ select: { id: true } })) {
      processed += await this.sweepTenant(id, null, options);
    }
    await this.runs.delete({ requestedAt: LessThan(new Date(Date.now() - RUN_LOG_KEPT_MS)) });
    return processed;
  }

  /**
   * Anonymizes or deletes the tenant's due bookings, chunk by chunk, and logs the run. With `runId`
   * (a queued manual run) that run is used; if another sweep already finished it, nothing is left to do.
   */
  async sweepTenant(tenantId: string, runId: string | null, options: SweepOptions = {}): Promise<number> {
    const tenant = await this.tenants.findOne({ where: { id: tenantId }, select: { id: true, settings: true } });
    if (!tenant) return 0;
    const run = runId ? await this.runs.findOneBy({ id: runId, tenantId }) : await this.createRun(tenantId, 'schedule');
    if (!run || run.finishedAt) return 0;
    const retention = resolveSettings(tenant.settings).privacy.retention;
    const chunkSize = options.chunkSize ?? SWEEP_CHUNK_SIZE;
    // SQLite has one writer anyway; MySQL/MariaDB update disjoint rows of several chunks at once.
    const parallel = options.parallelChunks ?? (this.tx.isSqlite ? 1 : SWEEP_PARALLEL_CHUNKS);
    let processed = 0;
    for (;;) {
      const now = options.now ?? new Date();
      const ids = await this.dueIds(tenantId, retention, now, chunkSize * parallel);
      if (ids.length === 0) break;
      const counts = await Promise.all(
        chunksOf(ids, chunkSize).map(async (chunk) => {
          const n = await this.tx.run((m) => (retention.mode === 'delete' ? this.scrubber.remove(m, chunk) : this.scrubber.anonymize(m, chunk, now)));
          processed += n;
          await options.afterChunk?.(processed);
          return n;
        }),
      );
      // Outside the chunks' transactions: one row every chunk would update would serialize them.
      await this.runs.update({ id: run.id }, { processed });
      // Another sweep took these rows first (at-least-once delivery): it finishes the rest.
      if (counts.every((n) => n === 0)) break;
    }
    await this.finish(run, options.now ?? new Date());
    if (processed) this.logger.info({ tenantId, runId: run.id, processed, mode: retention.mode }, 'anonymization sweep finished');
    return processed;
  }

  async status(tenantId: string, now = new Date()): Promise<AnonymizationStatus> {
    const tenant = await this.tenants.findOneOrFail({ where: { id: tenantId }, select: { id: true, settings: true } });
    const last = await this.runs.findOne({ where: { tenantId, finishedAt: Not(IsNull()) }, order: { finishedAt: 'DESC', requestedAt: 'DESC' } });
    const pending = await this.runs.countBy({ tenantId, finishedAt: IsNull(), requestedAt: MoreThan(new Date(now.getTime() - RUN_PRESUMED_DEAD_MS)) });
    return {
      lastRunAt: last?.finishedAt ?? null,
      lastRunProcessed: last?.processed ?? null,
      due: await this.countDue(tenantId, resolveSettings(tenant.settings).privacy.retention, now),
      running: pending > 0,
    };
  }

  countDue(tenantId: string, retention: Retention, now: Date): Promise<number> {
    return this.dueQuery(tenantId, retention, now).getCount();
  }

  /**
   * Anonymize mode reads IDX_bookings_tenant_pending (anonymizedAt IS NULL, then endsAt), so the
   * anonymized history is never scanned again; delete mode reads IDX_bookings_tenant_ends and also
   * removes rows anonymized earlier (by erasure, or under the anonymize mode before).
   */
  private dueQuery(tenantId: string, retention: Retention, now: Date) {
    const query = this.bookings
      .createQueryBuilder('b')
      .where('b.tenantId = :tenantId', { tenantId })
      .andWhere('b.endsAt <= :cutoff', { cutoff: dueCutoff(now, retention.afterDays) });
    return retention.mode === 'anonymize' ? query.andWhere('b.anonymizedAt IS NULL') : query;
  }

  private async dueIds(tenantId: string, retention: Retention, now: Date, limit: number): Promise<string[]> {
    const rows = await this.dueQuery(tenantId, retention, now).select('b.id', 'id').orderBy('b.endsAt', 'ASC').limit(limit).getRawMany<{ id: string }>();
    return rows.map((r) => r.id);
  }

  private async createRun(tenantId: string, source: AnonymizationRunSource): Promise<AnonymizationRun> {
    const run = Object.assign(new AnonymizationRun(), { id: randomUUID(), tenantId, source, requestedAt: new Date(), finishedAt: null, processed: 0 });
    await this.tx.run((m) => m.insert(AnonymizationRun, run));
    return run;
  }

  /** Closes this run and every earlier one left open (queued behind it, or killed): this run did their work. */
  private async finish(run: AnonymizationRun, now: Date): Promise<void> {
    await this.tx.run(async (m) => {
      await m.update(AnonymizationRun, { tenantId: run.tenantId, finishedAt: IsNull(), requestedAt: LessThanOrEqual(run.requestedAt) }, { finishedAt: now });
      await m.update(AnonymizationRun, { id: run.id }, { finishedAt: now });
    });
  }
}
