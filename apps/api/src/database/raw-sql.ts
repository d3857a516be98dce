import type { EntityManager } from 'typeorm';

/*
 * Plain SQL with one placeholder per id, for statements over ~1,000 ids: built through the query
 * builder, such a statement cost the API more CPU than the database needed to run it (a
 * million-booking sweep spent 15 s of API CPU on its SQL, beside bookings on the same process).
 */

/** Runs a write in `m`'s transaction; the rows it changed. */
export async function executeWrite(m: EntityManager, sql: string, parameters: unknown[]): Promise<number> {
  const result = (await m.queryRunner!.query(sql, parameters, true)) as { affected?: number };
  return result.affected ?? 0;
}

/** Quotes table and column names as `m`'s database does. */
export function quoter(m: EntityManager): (name: string) => string {
  const { driver } = m.connection;
  return (name) => driver.escape(name);
}

/** `?, ?, …`: one placeholder per value. */
export function placeholders(values: readonly unknown[]): string {
  return values.map(() => '?').join(', ');
}
