import { Column, DataSource, Entity, PrimaryColumn, type EntityManager } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { Dialect } from './dialect.js';

@Entity('rows')
class Row {
  @PrimaryColumn('varchar') id: string;
  @Column('varchar') name: string;
}

const sqlite = new Dialect({ options: { type: 'better-sqlite3' } } as DataSource);
const mysql = new Dialect({ options: { type: 'mysql' } });
const mariadb = new Dialect({ options: { type: 'mariadb' } });

/**
 * A MySQL data source with its metadata built but never connected: the query builder renders real
 * MySQL SQL, and the statements a manager would run are recorded instead.
 */
async function recordingMysqlManager(): Promise<{ manager: EntityManager; statements: { sql: string; ids: unknown }[] }> {
  const dataSource = new DataSource({ type: 'mysql', database: 'never-connected', entities: [Row] });
  await (dataSource as unknown as { buildMetadatas(): Promise<void> }).buildMetadatas();
  const statements: { sql: string; ids: unknown }[] = [];
  const manager = {
    createQueryBuilder: (entity: typeof Row, alias: string) => {
      const query = dataSource.createQueryBuilder(entity, alias);
      return Object.assign(query, {
        getRawMany: () => {
          statements.push({ sql: query.getQuery(), ids: query.getParameters().ids });
          return Promise.resolve([]);
        },
      });
    },
  } as unknown as EntityManager;
  return { manager, statements };
}

/** A manager that fails the test if anything is asked of it. */
const untouchable = new Proxy({} as EntityManager, {
  get: (_, property) => {
    throw new Error(`the manager was used (${String(property)})`);
  },
});

describe('Dialect', () => {
  it('knows that SQLite serializes writers and MySQL/MariaDB do not', () => {
    expect(sqlite.serializesWriters).toBe(true);
    expect(mysql.serializesWriters).toBe(false);
    expect(mariadb.serializesWriters).toBe(false);
  });

  describe('lockForUpdate', () => {
    it('locks the rows with SELECT … FOR UPDATE, each id once, in id order', async () => {
      const { manager, statements } = await recordingMysqlManager();
      await mysql.lockForUpdate(manager, Row, ['c', 'a', 'b', 'a']);
      expect(statements).toHaveLength(1);
      expect(statements[0].sql).toBe(
        'SELECT `row`.`id` AS `row_id` FROM `rows` `row` WHERE `row`.`id` IN (:...ids) ORDER BY `row_id` ASC FOR UPDATE',
      );
      expect(statements[0].ids).toEqual(['a', 'b', 'c']);
    });

    it('locks many rows in chunks of 1,000, in id order across the chunks', async () => {
      const { manager, statements } = await recordingMysqlManager();
      const ids = Array.from({ length: 2_345 }, (_, i) => `id-${String(i).padStart(5, '0')}`).reverse();
      await mysql.lockForUpdate(manager, Row, ids);
      const locked = statements.map((s) => s.ids as string[]);
      expect(locked.map((part) => part.length)).toEqual([1_000, 1_000, 345]);
      expect(locked.flat()).toEqual([...ids].sort());
    });

    it('runs nothing when there is nothing to lock', async () => {
      await mysql.lockForUpdate(untouchable, Row, []);
    });

    it('runs nothing on SQLite, whose writers are serialized', async () => {
      await sqlite.lockForUpdate(untouchable, Row, ['a', 'b']);
    });
  });

  describe('readLatest', () => {
    it('makes a query a locking read on MySQL/MariaDB, exclusive or shared', async () => {
      const { manager } = await recordingMysqlManager();
      const query = () => manager.createQueryBuilder(Row, 'r').select('r.id');
      expect(mysql.readLatest(query()).getQuery()).toMatch(/ FOR UPDATE$/);
      expect(mariadb.readLatest(query(), 'shared').getQuery()).toMatch(/ LOCK IN SHARE MODE$/);
    });

    it('leaves the query alone on SQLite', async () => {
      const { manager } = await recordingMysqlManager();
      const query = manager.createQueryBuilder(Row, 'r').select('r.id');
      const plain = query.getQuery();
      expect(sqlite.readLatest(query).getQuery()).toBe(plain);
    });
  });

  describe('startOfDay', () => {
    it('cuts the text SQLite stores a datetime as to its UTC day', () => {
      expect(sqlite.startOfDay('"createdAt"')).toBe(`substr("createdAt", 1, 10) || ' 00:00:00.000'`);
    });

    it('uses DATE() on MySQL and MariaDB', () => {
      expect(mysql.startOfDay('`createdAt`')).toBe('DATE(`createdAt`)');
      expect(mariadb.startOfDay('`createdAt`')).toBe('DATE(`createdAt`)');
    });
  });

  describe('parallelism', () => {
    it('is the configured number where writers run side by side, and 1 on SQLite', () => {
      expect(mysql.parallelism(4)).toBe(4);
      expect(sqlite.parallelism(4)).toBe(1);
    });
  });
});
