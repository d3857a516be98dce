import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../../../migrations/index.js';
import type { DatabaseConfig } from '../config/config.js';

/**
 * One factory for both dialects; the URL's scheme picks the driver (see config.ts). No entities: each
 * feature module registers its own (TypeOrmModule.forFeature), and DatabaseModule loads what they
 * register; migrations need none.
 */
export function dataSourceOptions(db: DatabaseConfig): DataSourceOptions {
  const common = {
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    logging: false,
  } as const;
  if (db.type === 'better-sqlite3') {
    if (db.path !== ':memory:') mkdirSync(dirname(db.path), { recursive: true });
    return {
      ...common,
      type: 'better-sqlite3',
      database: db.path,
      enableWAL: db.path !== ':memory:',
      // Another process (e.g. `npm run migrate`) may hold the write lock briefly: wait, don't fail.
      timeout: 5000,
      prepareDatabase: (conn: { pragma: (sql: string) => unknown }) => {
        conn.pragma('foreign_keys = ON');
      },
    };
  }
  return {
    ...common,
    type: db.type,
    host: db.host,
    port: db.port,
    username: db.username,
    password: db.password,
    database: db.database,
    charset: 'utf8mb4_unicode_ci',
    // Store and read every DATETIME as UTC, whatever the server's time_zone is.
    timezone: 'Z',
    // A database that does not answer (host gone, packets dropped) fails a request with 503 after
    // this long, rather than after mysql2's 10 s; a refused connection fails at once anyway.
    connectTimeout: 5_000,
    // trace: mysql2 otherwise records a stack trace on every query, in case it fails (a visible share
    // of the API's CPU on a floor-plan request); a failed query's error still names its code and SQL.
    extra: { connectionLimit: 20, trace: false },
  };
}
