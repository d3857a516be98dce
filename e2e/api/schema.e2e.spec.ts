import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../migrations/index.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('database schema', () => {
  let t: TestApp;
  let dataSource: DataSource;

  // The app's own DataSource: its entities are exactly those the feature modules register.
  beforeAll(async () => {
    t = await startTestApp();
    dataSource = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  it('has every migration applied', async () => {
    expect(await dataSource.showMigrations()).toBe(false);
    const applied = await dataSource.query<{ name: string }[]>('SELECT name FROM migrations');
    expect(applied.map((m) => m.name).sort()).toEqual(MIGRATIONS.map((m) => m.name).sort());
  });

  it('matches the entities exactly after migrating (TypeORM reports no pending change)', async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('has every migrated table registered as an entity by a feature module', async () => {
    const runner = dataSource.createQueryRunner();
    // On MySQL/MariaDB other databases' tables come with their database's name in front: not ours.
    const tables = (await runner.getTables().finally(() => runner.release()))
      .map((table) => table.name)
      .filter((name) => !name.includes('.'));
    const bookkeeping = ['migrations', 'sqlite_sequence'];
    const registered = dataSource.entityMetadatas.map((metadata) => metadata.tableName);
    expect(tables.filter((name) => !bookkeeping.includes(name)).sort()).toEqual([...registered].sort());
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
