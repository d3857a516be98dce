import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { loadConfig } from '../../../apps/api/src/config/config.js';
import { dataSourceOptions } from '../../../apps/api/src/database/data-source-options.js';
import { E2E_REDIS_URL, createTestDatabase, e2eDatabase } from './test-database.js';

/**
 * Runs once per suite run: creates the database, migrates it once (so parallel test files never
 * race on migrations), and hands the connection details to the workers through the environment.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const kind = e2eDatabase();
  const db = await createTestDatabase(kind);
  process.env.E2E_DATABASE_URL = db.url;
  const queuePrefix = `e2e_${randomBytes(4).toString('hex')}`;
  if (kind === 'mariadb') {
    process.env.E2E_REDIS = E2E_REDIS_URL;
    process.env.E2E_QUEUE_PREFIX = queuePrefix;
  }
  const config = loadConfig({ DATABASE_URL: db.url, APP_SECRET: 'x'.repeat(40) });
  const dataSource = await new DataSource(dataSourceOptions(config.database)).initialize();
  await dataSource.runMigrations();
  await dataSource.destroy();

  return async () => {
    await db.drop();
    if (kind === 'mariadb') {
      const redis = new Redis(E2E_REDIS_URL);
      const keys = await redis.keys(`${queuePrefix}:*`);
      if (keys.length) await redis.del(...keys);
      await redis.quit();
    }
  };
}
