import { randomBytes } from 'node:crypto';
import { E2E_REDIS_URL, createTestDatabase, dropQueueKeys, e2eDatabase, migrateTestDatabase } from './test-database.js';

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
  await migrateTestDatabase(db.url);

  return async () => {
    await db.drop();
    if (kind === 'mariadb') await dropQueueKeys(queuePrefix);
  };
}
