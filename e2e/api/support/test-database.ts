import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import mysql from 'mysql2/promise';
import { DataSource } from 'typeorm';
import { loadConfig } from '../../../apps/api/src/config/config.js';
import { dataSourceOptions } from '../../../apps/api/src/database/data-source-options.js';

export type E2eDatabase = 'sqlite' | 'mariadb';

export function e2eDatabase(): E2eDatabase {
  const db = process.env.E2E_DB ?? 'sqlite';
  if (db !== 'sqlite' && db !== 'mariadb') throw new Error(`E2E_DB must be sqlite or mariadb, not ${db}`);
  return db;
}

/** Server for the MariaDB run; CI uses the machine's MariaDB (root, no password). */
const MARIADB_SERVER = process.env.E2E_MARIADB_URL ?? 'mariadb://root:@127.0.0.1:3306';
export const E2E_REDIS_URL = process.env.E2E_REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface CreatedDatabase {
  url: string;
  drop: () => Promise<void>;
}

/** A fresh, empty database for one test run, so runs never see each other's data. */
export async function createTestDatabase(kind: E2eDatabase): Promise<CreatedDatabase> {
  const suffix = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'deskbook-e2e-'));
    return { url: `sqlite://${join(dir, 'e2e.sqlite')}`, drop: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })) };
  }
  const name = `deskbook_e2e_${suffix}`;
  const server = new URL(MARIADB_SERVER);
  const connect = () =>
    mysql.createConnection({
      host: server.hostname,
      port: Number(server.port || 3306),
      user: decodeURIComponent(server.username || 'root'),
      password: decodeURIComponent(server.password),
    });
  const conn = await connect();
  await conn.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await conn.end();
  return {
    url: `${MARIADB_SERVER.replace(/\/$/, '')}/${name}`,
    drop: async () => {
      const c = await connect();
      await c.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await c.end();
    },
  };
}

/** Brings a created database to the latest schema, as the app's deploy step does. */
export async function migrateTestDatabase(url: string): Promise<void> {
  const config = loadConfig({ DATABASE_URL: url, APP_SECRET: 'x'.repeat(40) });
  const dataSource = await new DataSource(dataSourceOptions(config.database)).initialize();
  await dataSource.runMigrations();
  await dataSource.destroy();
}

/** Removes every Redis key of a queue prefix (the run's or a test's own). */
export async function dropQueueKeys(prefix: string): Promise<void> {
  const redis = new Redis(E2E_REDIS_URL);
  try {
    // Also the prefixes of the run's test processes (`<prefix>_<pid>`, see processQueuePrefix).
    const keys = [...(await redis.keys(`${prefix}:*`)), ...(await redis.keys(`${prefix}_*`))];
    if (keys.length) await redis.del(...keys);
  } finally {
    await redis.quit();
  }
}
