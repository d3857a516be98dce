import type { DataSource, EntityManager } from 'typeorm';
import { offThreadManager } from './off-thread-query-runner.js';
import { sqliteConnectionOf } from './sqlite-connection.js';
import { SqliteWriteWorker, type SqlitePragmas } from './sqlite-write-worker.js';

/** Work that reads through `read` and writes through `write` (see TransactionRunner.runBulk). */
export type BulkWork<T> = (read: EntityManager, write: EntityManager) => Promise<T>;

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
 * Runs `work` with its writes in one transaction of a SqliteWriteWorker: `read` is the app's own
 * connection outside any transaction (it sees committed data only, and sees the writes as soon as
 * they are committed), `write` sends each statement to the worker. Nothing is written unless `work`
 * and every statement succeed. The caller keeps other writers of this process out meanwhile.
 */
export async function runWritesOffThread<T>(dataSource: DataSource, work: BulkWork<T>): Promise<T> {
  const worker = await SqliteWriteWorker.begin({ path: dataSource.options.database as string, pragmas: pragmasOf(dataSource) });
  try {
    const result = await work(dataSource.manager, offThreadManager(dataSource, worker));
    await worker.commit();
    return result;
  } catch (err) {
    await worker.rollback();
    throw err;
  }
}
