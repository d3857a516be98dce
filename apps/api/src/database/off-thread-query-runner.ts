import type { DataSource, EntityManager } from 'typeorm';
import { QueryResult } from 'typeorm';
import { BetterSqlite3QueryRunner } from 'typeorm/driver/better-sqlite3/BetterSqlite3QueryRunner.js';
import type { BetterSqlite3Driver } from 'typeorm/driver/better-sqlite3/BetterSqlite3Driver.js';
import type { SqliteWriteWorker } from './sqlite-write-worker.js';

/**
 * TypeORM's SQLite query runner, except that every query goes to `worker`'s transaction instead of
 * the app's connection. Entity managers over it build SQL and convert values exactly as on the app's
 * connection (the same driver and metadata), so repositories and PreparedInsert write through it
 * unchanged. It only writes: nothing is read back (an insert's generated values included), and a
 * read fails the transaction (sqlite-write.worker.ts), since its answer would not see the writes.
 */
class OffThreadQueryRunner extends BetterSqlite3QueryRunner {
  constructor(
    driver: BetterSqlite3Driver,
    private readonly worker: SqliteWriteWorker,
  ) {
    super(driver);
  }

  /** Resolves with an empty result whether or not `useStructuredResult` asks for one: callers of writes read none. */
  override async query(sql: string, parameters: unknown[] = []): Promise<QueryResult> {
    // As TypeORM's runner does: better-sqlite3 cannot bind booleans.
    await this.worker.run(
      sql,
      parameters.map((p) => (typeof p === 'boolean' ? Number(p) : p)),
    );
    return new QueryResult();
  }

  override startTransaction(): Promise<void> {
    return Promise.reject(new Error('An off-thread write is one transaction already'));
  }
}

/** An entity manager whose statements run in `worker`'s transaction (see OffThreadQueryRunner). */
export function offThreadManager(dataSource: DataSource, worker: SqliteWriteWorker): EntityManager {
  return dataSource.createEntityManager(new OffThreadQueryRunner(dataSource.driver as BetterSqlite3Driver, worker));
}
