import 'reflect-metadata';
import { existsSync, rmSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module.js';
import { createLogger, PinoNestLogger } from '../common/logging/logger.js';
import type { AppConfig } from '../config/config.js';
import { dataSourceOptions } from '../database/data-source-options.js';
import { DEMO_PRESETS, type DemoPreset } from './demo-company.js';
import { seedDemo, type DemoSeedOptions, type DemoSeedResult } from './demo-seeder.js';

export interface SeedDemoDatabaseOptions extends Omit<DemoSeedOptions, 'preset'> {
  preset?: DemoPreset;
}

/**
 * Brings the configured database to the latest schema and fills it with the demo company, inside a
 * Nest application context of the real app (no HTTP server; jobs in-process, whatever REDIS_URL says,
 * so nothing is queued for another instance). Used by `npm run demo`, the benchmarks and the tests.
 */
export async function seedDemoDatabase(config: AppConfig, options: SeedDemoDatabaseOptions = {}): Promise<DemoSeedResult> {
  await migrate(config);
  const quiet: AppConfig = { ...config, redisUrl: null, logLevel: config.logLevel === 'info' ? 'warn' : config.logLevel };
  const logger = createLogger(quiet);
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(quiet, logger), { logger: new PinoNestLogger(logger) });
  try {
    return await seedDemo(app, { ...options, preset: options.preset ?? DEMO_PRESETS.demo });
  } finally {
    await app.close();
  }
}

async function migrate(config: AppConfig): Promise<void> {
  const dataSource = await new DataSource(dataSourceOptions(config.database)).initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

/** `--reset` on the embedded database: its file goes (with WAL and shared memory), everything in it with it. */
export function removeSqliteDatabase(config: AppConfig): string | null {
  if (config.database.type !== 'better-sqlite3') return null;
  const path = config.database.path;
  for (const file of [path, `${path}-wal`, `${path}-shm`]) if (existsSync(file)) rmSync(file);
  return path;
}
