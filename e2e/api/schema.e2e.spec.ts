import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../apps/api/src/config/config.js';
import { dataSourceOptions } from '../../apps/api/src/database/data-source-options.js';
import { MIGRATIONS } from '../../migrations/index.js';

describe('database schema', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    const config = loadConfig({ DATABASE_URL: process.env.E2E_DATABASE_URL, APP_SECRET: 'x'.repeat(40) });
    dataSource = await new DataSource(dataSourceOptions(config.database)).initialize();
  });
  afterAll(() => dataSource.destroy());

  it('has every migration applied', async () => {
    expect(await dataSource.showMigrations()).toBe(false);
    const applied = await dataSource.query<{ name: string }[]>('SELECT name FROM migrations');
    expect(applied.map((m) => m.name).sort()).toEqual(MIGRATIONS.map((m) => m.name).sort());
  });

  it('matches the entities exactly after migrating (TypeORM reports no pending change)', async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('stores datetimes in UTC with millisecond precision', async () => {
    const at = new Date('2026-03-29T01:59:59.123Z');
    const runner = dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      const id = '00000000-0000-4000-8000-000000000001';
      await runner.manager.query('INSERT INTO tenants (id, name, slug, settings, createdAt) VALUES (?, ?, ?, ?, ?)', [
        id,
        'Zeit GmbH',
        `zeit-${Date.now()}`,
        '{}',
        dataSource.driver.preparePersistentValue(at, dataSource.getMetadata('tenants').findColumnWithPropertyName('createdAt')!),
      ]);
      const row = await runner.manager.getRepository('tenants').findOneByOrFail({ id });
      expect((row as { createdAt: Date }).createdAt.toISOString()).toBe(at.toISOString());
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('stores text as utf8mb4 (emoji and umlauts survive)', async () => {
    const runner = dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      const id = '00000000-0000-4000-8000-000000000002';
      const name = 'Müller & Söhne 🏢';
      await runner.manager.query('INSERT INTO tenants (id, name, slug, settings, createdAt) VALUES (?, ?, ?, ?, ?)', [
        id,
        name,
        `utf-${Date.now()}`,
        '{}',
        '2026-01-01 00:00:00.000',
      ]);
      const [row] = await runner.manager.query<{ name: string }[]>('SELECT name FROM tenants WHERE id = ?', [id]);
      expect(row.name).toBe(name);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
