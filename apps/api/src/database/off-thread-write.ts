import { QueryResult, type DataSource, type EntityManager } from 'typeorm';
import type { BetterSqlite3Driver } from 'typeorm/driver/better-sqlite3/BetterSqlite3Driver.js';
import { BetterSqlite3QueryRunner } from 'typeorm/driver/better-sqlite3/BetterSqlite3QueryRunner.js';
import { OffThreadTransaction, type SqlitePragmas } from './off-thread-transaction.js';
import { sqliteConnectionOf } from './sqlite-connection.js';

/** Work that reads through `read` and writes through `write` (see TransactionRunner.runBulk). */
export type BulkWork<T> = (read: EntityManager, write: EntityManager) => Promise<T>;

/**
 * TypeORM's SQLite query runner, except that every query goes to an OffThreadTransaction instead of
 * the app's connection. Entity managers over it build SQL and convert values exactly as on the app's
 * connection (the same driver and metadata), so repositories and PreparedInsert write through it
 * unchanged. It only writes: nothing is read back (an insert's generated values included), and a
 * read fails the transaction (sqlite-write.worker.ts), since its answer would not see the writes.
 */
class OffThreadQueryRunner extends BetterSqlite3QueryRunner {
  constructor(
    driver: BetterSqlite3Driver,
    private readonly transaction: OffThreadTransaction,
  ) {
    super(driver);
  }

  /** Resolves with an empty result whether or not `useStructuredResult` asks for one: callers of writes read none. */
  override async query(sql: string, parameters: unknown[] = []): Promise<QueryResult> {
    // As TypeORM's runner does: better-sqlite3 cannot bind booleans.
    await this.transaction.run(
      sql,
      parameters.map((p) => (typeof p === 'boolean' ? Number(p) : p)),
    );
    return new QueryResult();
  }

  override startTransaction(): Promise<void> {
    return Promise.reject(new Error('An off-thread write is one transaction already'));
  }
}

/** The app connection's settings, as they are now (e.g. WalCheckpointer turns autocheckpoints off). */
function pragmasOf(dataSource: DataSource): SqlitePragmas {
  const connection = sqliteConnectionOf(dataSource);
  const read = (name: string) => Number(connection.pragma(name, { simple: true }));
  return {
    busyTimeoutMs: read('busy_timeout'),
    foreignKeys: read('foreign_keys') === 1,
    synchronous: read('synchronous'),
    walAutocheckpoint: read('wal_autocheckpoint'),
  };
}

/**
 * Runs `work` with its writes in one OffThreadTransaction: `read` is the app's own connection outside
 * any transaction (it sees committed data only, and the writes as soon as they are committed),
 * `write` an entity manager whose statements go to the worker. Nothing is written unless `work` and
 * every statement succeed. The caller keeps this process's other writers out meanwhile.
 */
export async function runWritesOffThread<T>(dataSource: DataSource, work: BulkWork<T>): Promise<T> {
  const path = dataSource.options.database as string;
  const transaction = await OffThreadTransaction.begin({ path, pragmas: pragmasOf(dataSource) });
  try {
    const write = dataSource.createEntityManager(new OffThreadQueryRunner(dataSource.driver as BetterSqlite3Driver, transaction));
    const result = await work(dataSource.manager, write);
    await transaction.commit();
    return result;
  } catch (err) {
    await transaction.rollback();
    throw err;
  }
}
