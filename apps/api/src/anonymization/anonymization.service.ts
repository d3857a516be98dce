import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { IsNull, LessThan, LessThanOrEqual, MoreThan, Not, Repository } from 'typeorm';
import { BookingIdempotencyKey, IDEMPOTENCY_KEY_TTL_MS } from '../bookings/entities/booking-idempotency-key.entity.js';
import { Booking } from '../bookings/entities/booking.entity.js';
import { BOOKING_SETTLE_MS } from '../bookings/floor-availability.cache.js';
import { chunksOf } from '../common/collections.js';
import { APP_LOGGER } from '../common/logging/logger.module.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { JOB_RUNNER, type JobName, type JobRunner } from '../jobs/job-runner.js';
import { Tenant } from '../tenants/entities/tenant.entity.js';
import { resolveSettings } from '../tenants/settings.js';
import { User } from '../users/entities/user.entity.js';
import { BookingScrubber } from './booking-scrubber.js';
import { AnonymizationRun, type AnonymizationRunSource } from './entities/anonymization-run.entity.js';
import { dueCutoff, type Retention } from './retention.js';

export const SWEEP_JOB = 'anonymization.sweep' satisfies JobName;
/** At most this many bookings a statement: short transactions, bookings keep working meanwhile. */
export const SWEEP_CHUNK_SIZE = 1_000;
export const SWEEP_PARALLEL_CHUNKS = 4;
/** People whose windows one due-bookings query reads (an IN list). */
const PEOPLE_PER_QUERY = 200;
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
  private readonly dueCounts = new Map<string, Promise<number>>();

  constructor(
    private readonly tx: TransactionRunner,
    @InjectRepository(Tenant) private readonly tenants: Repository<Tenant>,
    @InjectRepository(Booking) private readonly bookings: Repository<Booking>,
    @InjectRepository(AnonymizationRun) private readonly runs: Repository<AnonymizationRun>,
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(BookingIdempotencyKey) private readonly idempotencyKeys: Repository<BookingIdempotencyKey>,
    @Inject(JOB_RUNNER) private readonly jobs: JobRunner,
    @Inject(APP_LOGGER) private readonly logger: Logger,
  ) {}

  /** An admin's "run now": logged as requested at once (the status shows it running), done by a job. */
  async requestRun(tenantId: string): Promise<string> {
    const run = await this.createRun(tenantId, 'manual');
    await this.jobs.trigger(SWEEP_JOB, { tenantId, runId: run.id });
    return run.id;
  }

  /** The scheduled sweep: every tenant, one after the other, then the expired run log and idempotency keys. */
  async sweepAllTenants(options: SweepOptions = {}): Promise<number> {
    let processed = 0;
    for (const { id } of await this.tenants.find({ select: { id: true } })) {
      processed += await this.sweepTenant(id, null, options);
    }
    await this.runs.delete({ requestedAt: LessThan(new Date(Date.now() - RUN_LOG_KEPT_MS)) });
    await this.purgeExpiredIdempotencyKeys();
    return processed;
  }

  /** Idempotency keys past the client's retry window (the sweep removes those of due bookings earlier). */
  async purgeExpiredIdempotencyKeys(now = new Date()): Promise<number> {
    const result = await this.idempotencyKeys.delete({ createdAt: LessThanOrEqual(new Date(now.getTime() - IDEMPOTENCY_KEY_TTL_MS)) });
    return result.affected ?? 0;
  }

  /**
   * Anonymizes or deletes the tenant's due bookings, chunk by chunk, and logs the run. With `runId`
   * (a queued manual run) that run is used; if another sweep already finished it, nothing is left to do.
   */
  async sweepTenant(tenantId: string, runId: string | null, options: SweepOptions = {}): Promise<number> {
    const tenant = await this.tenants.findOne({ where: { id: tenantId }, select: { id: true, settings: true } });
    if (!tenant) return 0;
    const now = options.now ?? new Date();
    await this.forgetBookingStamps(tenantId, now);
    const run = runId ? await this.runs.findOneBy({ id: runId, tenantId }) : await this.createRun(tenantId, 'schedule');
    if (!run || run.finishedAt) return 0;
    const retention = resolveSettings(tenant.settings).privacy.retention;
    const chunkSize = options.chunkSize ?? SWEEP_CHUNK_SIZE;
    // SQLite has one writer anyway; MySQL/MariaDB update disjoint rows of several chunks at once.
    const parallel = options.parallelChunks ?? (this.tx.isSqlite ? 1 : SWEEP_PARALLEL_CHUNKS);
    let processed = 0;
    for await (const ids of this.dueBatches(tenantId, retention, now, chunkSize * parallel)) {
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

  /**
   * Clears the people's booking stamps (users.bookingAddedAt) that serve nothing any more: past
   * BOOKING_SETTLE_MS, floor availability no longer looks at them, and a stamp kept longer would
   * date someone's last booking after that booking lost its person.
   */
  private async forgetBookingStamps(tenantId: string, now: Date): Promise<void> {
    const settled = new Date(now.getTime() - BOOKING_SETTLE_MS);
    await this.tx.run((m) => m.update(User, { tenantId, bookingAddedAt: LessThanOrEqual(settled) }, { bookingAddedAt: null }));
  }

  async status(tenantId: string, now = new Date()): Promise<AnonymizationStatus> {
    const tenant = await this.tenants.findOneOrFail({ where: { id: tenantId }, select: { id: true, settings: true } });
    const last = await this.runs.findOne({ where: { tenantId, finishedAt: Not(IsNull()) }, order: { finishedAt: 'DESC', requestedAt: 'DESC' } });
    const pending = await this.runs.countBy({ tenantId, finishedAt: IsNull(), requestedAt: MoreThan(new Date(now.getTime() - RUN_PRESUMED_DEAD_MS)) });
    return {
      lastRunAt: last?.finishedAt ?? null,
      lastRunProcessed: last?.processed ?? null,
      due: await this.sharedCountDue(tenantId, resolveSettings(tenant.settings).privacy.retention, now),
      running: pending > 0,
    };
  }

  /**
   * countDue, with callers that ask for the same tenant while a count is under way sharing it: with a
   * million due bookings a count reads a million index entries, and every admin with the Settings
   * page open asks every few seconds while a run goes on. Nothing is kept once the count is done.
   */
  private sharedCountDue(tenantId: string, retention: Retention, now: Date): Promise<number> {
    const key = `${tenantId}|${retention.mode}|${retention.afterDays}`;
    let count = this.dueCounts.get(key);
    if (!count) {
      count = this.countDue(tenantId, retention, now).finally(() => this.dueCounts.delete(key));
      this.dueCounts.set(key, count);
    }
    return count;
  }

  async countDue(tenantId: string, retention: Retention, now: Date): Promise<number> {
    const cutoff = dueCutoff(now, retention.afterDays);
    if (retention.mode === 'delete') return this.bookings.countBy({ tenantId, endsAt: LessThanOrEqual(cutoff) });
    let due = 0;
    for (const people of chunksOf(await this.peopleOf(tenantId), PEOPLE_PER_QUERY)) due += await this.identifiedDue(people, cutoff).getCount();
    return due;
  }

  /**
   * The due bookings' ids, a batch at a time; each batch is handled before the next is read.
   * - `anonymize`: bookings that still name a person, read through each person's window
   *   (IDX_bookings_user_window: userId, then startsAt < cutoff). An anonymized row leaves that
   *   index, so no run reads the anonymized history again, and anonymizing moves no other index
   *   entry. The people are the tenant's, so their bookings are too. Batches follow the index order
   *   (userId): a person whose window was read to the end is not read again in this run.
   * - `delete`: every booking that ended by the cutoff (IDX_bookings_tenant_ends), rows anonymized
   *   earlier (by erasure, or under the anonymize mode before) included.
   */
  private async *dueBatches(tenantId: string, retention: Retention, now: Date, batchSize: number): AsyncGenerator<string[]> {
    const cutoff = dueCutoff(now, retention.afterDays);
    if (retention.mode === 'delete') {
      for (;;) {
        const rows = await this.bookings.find({ select: { id: true }, where: { tenantId, endsAt: LessThanOrEqual(cutoff) }, order: { endsAt: 'ASC' }, take: batchSize });
        if (rows.length === 0) return;
        yield rows.map((r) => r.id);
      }
    }
    for (let people of chunksOf(await this.peopleOf(tenantId), PEOPLE_PER_QUERY)) {
      for (;;) {
        const rows = await this.identifiedDue(people, cutoff).select(['b.id AS id', 'b.userId AS userId']).orderBy('b.userId').limit(batchSize).getRawMany<{ id: string; userId: string }>();
        if (rows.length > 0) yield rows.map((r) => r.id);
        if (rows.length < batchSize) break;
        // Everyone before the last person read is done; that person may have more.
        const last = rows[rows.length - 1].userId;
        people = people.filter((id) => id >= last);
      }
    }
  }

  /** The tenant's people, in index order (the order dueBatches reads their windows in). */
  private async peopleOf(tenantId: string): Promise<string[]> {
    const users = await this.users.find({ select: { id: true }, where: { tenantId } });
    return users.map((u) => u.id).sort();
  }

  /** Bookings of these people that are due: startsAt < cutoff keeps the read on the index range. */
  private identifiedDue(people: string[], cutoff: Date) {
    return this.bookings
      .createQueryBuilder('b')
      .where('b.userId IN (:...people)', { people })
      .andWhere('b.startsAt < :cutoff', { cutoff })
      .andWhere('b.endsAt <= :cutoff', { cutoff });
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
