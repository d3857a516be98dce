import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';
import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** Output field → `alias.property` of an entity joined in the query. */
export type PreparedFields<Row> = { readonly [K in keyof Row]: string };

/**
 * A SELECT built once with the query builder and run many times with new parameters; rows come back
 * as plain objects, each value converted by the driver exactly as the entity's column would be.
 *
 * Why: on the hottest reads (every request's session, a viewer's own bookings on the floor plan)
 * assembling the SQL (aliases, metadata lookups) and hydrating entities cost more API CPU than the
 * database needed to answer. Parameters are still bound by the driver on every run, lists
 * (`:...ids`) included; only the SQL text is reused.
 */
export class PreparedSelect<Row extends object> {
  private readonly sql: string;
  private readonly columns: { key: string; hydrate: (value: unknown) => unknown }[];
  private readonly manager: EntityManager;

  constructor(query: SelectQueryBuilder<ObjectLiteral>, fields: PreparedFields<Row>) {
    const { driver } = query.connection;
    this.manager = query.connection.manager;
    query.select([]);
    this.columns = Object.entries<string>(fields).map(([key, path]) => {
      const column = columnOf(query, path);
      query.addSelect(path, key);
      return { key, hydrate: (value: unknown): unknown => driver.prepareHydratedValue(value, column) };
    });
    this.sql = query.getQuery();
  }

  /** Runs the query (inside `manager`'s transaction when given). */
  async run(parameters: ObjectLiteral, manager: EntityManager = this.manager): Promise<Row[]> {
    const [sql, values] = manager.connection.driver.escapeQueryWithParameters(this.sql, parameters);
    const rows: Record<string, unknown>[] = await manager.query(sql, values);
    return rows.map((raw) => {
      const row: Record<string, unknown> = {};
      for (const c of this.columns) row[c.key] = c.hydrate(raw[c.key]);
      return row as Row;
    });
  }
}

function columnOf(query: SelectQueryBuilder<ObjectLiteral>, path: string): ColumnMetadata {
  const [alias, property] = path.split('.');
  const metadata = query.expressionMap.findAliasByName(alias).metadata;
  const column = metadata.findColumnWithPropertyName(property);
  if (!column) throw new Error(`${metadata.name} has no column ${property}`);
  return column;
}
