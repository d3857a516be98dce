import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Mutex } from 'async-mutex';
import { DataSource, type EntityManager } from 'typeorm';
import { Dialect } from './dialect.js';
import { runWritesOffThread, type BulkWork } from './off-thread-write.js';
import { isSqliteWalFile } from './sqlite-connection.js';
import { isTransientTransactionError } from './transient-error.js';
import { WriteGeneration } from './write-generation.js';

/**
 * The one way services write. On MySQL/MariaDB each transaction gets its own pooled connection.
 * TypeORM's SQLite driver shares ONE connection and nests concurrent transactions as savepoints
 * of each other, so a rollback in one request would undo another's writes: on SQLite we queue
 * transactions in-process (SQLite serializes writers anyway, so nothing is lost). A write made
 * outside `run` and `runBulk` would skip that queue and land inside whichever transaction is open (long
 * work gives way to other requests mid-transaction): never write through a repository directly. Another process
 * on the same SQLite file, or a deadlock on MySQL, makes a transaction fail as a whole; it is retried.
 */
const MAX_ATTEMPTS = 9;
/**
 * 10, 20, 40 … 1,280 ms plus jitter (2.5 s in all), so retried transactions do not collide again in
 * lockstep, and a conflict that lasts (a long import elsewhere holding gaps of a shared index) is outlasted.
 */
const backoffMs = (attempt: number) => 10 * 2 ** (attempt - 1) + Math.random() * 10;

@Injectable()
export class TransactionRunner {
  private readonly sqliteQueue: Mutex | null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: WriteGeneration,
    dialect: Dialect,
  ) {
    this.sqliteQueue = dialect.serializesWriters ? new Mutex() : null;
  }

  /** Runs `work` in a transaction, again (up to MAX_ATTEMPTS) after a deadlock or busy database. */
  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.retried(() => {
      const transaction = () => this.dataSource.transaction(work);
      return this.sqliteQueue ? this.sqliteQueue.runExclusive(transaction) : transaction();
    });
  }

  /**
   * For a long write such as a booking import: `work` reads (and checks) through `read` and writes
   * through `write`, all or nothing, retried as `run`. On MySQL/MariaDB both are the one transaction
   * of `run`. On a SQLite file the writes and their COMMIT run on a worker thread with a connection of
   * its own (off-thread-write.ts), which would otherwise hold the event loop, and every tenant's
   * requests with it, for the whole write. This process's other writers wait in the queue meanwhile, so
   * nothing `read` checked can change before the writes commit. `read` does not see `write`'s rows,
   * and `write` only writes (nothing is read back).
   */
  runBulk<T>(work: BulkWork<T>): Promise<T> {
    const queue = this.sqliteQueue;
    if (!queue || !isSqliteWalFile(this.dataSource.options)) return this.run((m) => work(m, m));
    return this.retried(() => queue.runExclusive(() => runWritesOffThread(this.dataSource, work)));
  }

  private async retried<T>(transaction: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        const result = await transaction();
        this.writes.bump();
        return result;
      } catch (err) {
        if (attempt >= MAX_ATTEMPTS || !isTransientTransactionError(err)) throw err;
        await new Promise((resolve) => setTimeout(resolve, backoffMs(attempt)));
      }
    }
  }
}
