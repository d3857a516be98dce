import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { chunksOf } from '../common/collections.js';

/** At most this many ids a locking statement: each stays short however many rows a write involves. */
const LOCK_CHUNK = 1_000;

/**
 * Everything that differs between the databases Deskbook runs on, answered here so no feature asks
 * which one it is on (STYLE.md principle 14).
 *
 * SQLite has no row locks and one writer at a time; TransactionRunner queues this process's
 * transactions on it, so a transaction there already runs alone and the locks below are left out.
 * MySQL and MariaDB run transactions side by side: integrity comes from row locks, always taken in
 * one order (see `lockForUpdate`) so that two writers cannot wait for each other.
 */
@Injectable()
export class Dialect {
  /** Writers run one at a time (SQLite): locks are unnecessary, and parallel writes gain nothing. */
  readonly serializesWriters: boolean;

  constructor(@InjectDataSource() dataSource: Pick<DataSource, 'options'>) {
    this.serializesWriters = dataSource.options.type === 'better-sqlite3';
  }

  /** The dialect of the database `m` writes to, for code that is not a provider (e.g. BookingScrubber). */
  static of(m: EntityManager): Dialect {
    return new Dialect(m.connection);
  }

  /**
   * Locks these rows of `entity` (SELECT … FOR UPDATE) until the transaction ends, in id order and
   * each id once, so that writers locking overlapping sets of one table always queue instead of
   * deadlocking. Callers that lock several tables lock them in one fixed order too (e.g. desk, then
   * person: BookingWriter). Nothing on SQLite.
   */
  async lockForUpdate(m: EntityManager, entity: EntityTarget<ObjectLiteral>, ids: Iterable<string>): Promise<void> {
    if (this.serializesWriters) return;
    const sorted = [...new Set(ids)].sort();
    for (const part of chunksOf(sorted, LOCK_CHUNK)) {
      await m
        .createQueryBuilder(entity, 'row')
        .select('row.id')
        .where('row.id IN (:...ids)', { ids: part })
        .orderBy('row.id')
        .setLock('pessimistic_write')
        .getRawMany();
    }
  }

  /**
   * Makes `query` a locking read where the database has row locks: it sees the newest committed rows
   * (not the transaction's snapshot) and keeps them until the transaction ends. `shared` lets other
   * readers in and keeps writers out (FOR SHARE / LOCK IN SHARE MODE). Unchanged on SQLite.
   */
  readLatest<Q extends SelectQueryBuilder<ObjectLiteral>>(query: Q, mode: 'exclusive' | 'shared' = 'exclusive'): Q {
    if (this.serializesWriters) return query;
    query.setLock(mode === 'exclusive' ? 'pessimistic_write' : 'pessimistic_read');
    return query;
  }

  /**
   * SQL for midnight (UTC) of a datetime column, as the database stores it. (A variant for a
   * location's time zone belongs here too, next to this one, when day buckets need it.)
   */
  startOfDay(column: string): string {
    // TypeORM keeps SQLite datetimes as 'YYYY-MM-DD HH:MM:SS.SSS' text in UTC.
    return this.serializesWriters ? `substr(${column}, 1, 10) || ' 00:00:00.000'` : `DATE(${column})`;
  }

  /** How many write transactions a batch job should run at once: `configured`, or 1 where writers queue anyway. */
  parallelism(configured: number): number {
    return this.serializesWriters ? 1 : configured;
  }
}
