import type { DataSource, DataSourceOptions } from 'typeorm';
import type { BetterSqlite3DataSourceOptions } from 'typeorm/driver/better-sqlite3/BetterSqlite3DataSourceOptions.js';

/** What this module needs of better-sqlite3's connection (the app's one, which TypeORM keeps). */
export interface SqliteConnection {
  pragma(sql: string, options?: { simple: boolean }): unknown;
}

/**
 * A SQLite database in a file with a write-ahead log (data-source-options.ts opens every file so):
 * connections in worker threads can open it too, and write and checkpoint while the app's connection
 * reads. `:memory:` is private to its one connection.
 */
export function isSqliteWalFile(options: DataSourceOptions): options is BetterSqlite3DataSourceOptions {
  return options.type === 'better-sqlite3' && options.database !== ':memory:' && options.enableWAL === true;
}

/** The app's own better-sqlite3 connection: TypeORM shares this one among every request on SQLite. */
export function sqliteConnectionOf(dataSource: DataSource): SqliteConnection {
  return (dataSource.driver as unknown as { databaseConnection: SqliteConnection }).databaseConnection;
}
