import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * A multi-row INSERT of many plain rows, for bulk writes such as a booking import. The SQL is built
 * once per statement size and every value is converted by the driver exactly as the entity's column
 * would be on save, so both dialects store what TypeORM would store.
 *
 * Why not the query builder: for every row it names, escapes and re-parses each parameter, which
 * made building the statements cost many times more than SQLite needed to run them, all of it
 * holding the event loop.
 */
export class PreparedInsert<Row extends ObjectLiteral> {
  private readonly columns: { property: keyof Row & string; metadata: ColumnMetadata }[];
  private readonly head: string;
  private readonly rowPlaceholders: string;
  private readonly statements = new Map<number, string>();

  constructor(manager: EntityManager, entity: EntityTarget<Row>, properties: readonly (keyof Row & string)[]) {
    const metadata = manager.connection.getMetadata(entity);
    const { driver } = manager.connection;
    this.columns = properties.map((property) => {
      const column = metadata.findColumnWithPropertyName(property);
      if (!column) throw new Error(`${metadata.name} has no column ${property}`);
      return { property, metadata: column };
    });
    const names = this.columns.map((c) => driver.escape(c.metadata.databaseName)).join(', ');
    this.head = `INSERT INTO ${driver.escape(metadata.tableName)} (${names}) VALUES `;
    this.rowPlaceholders = `(${this.columns.map(() => '?').join(', ')})`;
  }

  /** Inserts `rows` in one statement (inside `manager`'s transaction); keep batches to a few hundred rows. */
  async run(manager: EntityManager, rows: readonly Row[]): Promise<void> {
    if (rows.length === 0) return;
    const { driver } = manager.connection;
    const values: unknown[] = [];
    for (const row of rows) {
      for (const c of this.columns) values.push(driver.preparePersistentValue(row[c.property], c.metadata));
    }
    await manager.query(this.statement(rows.length), values);
  }

  private statement(rowCount: number): string {
    let sql = this.statements.get(rowCount);
    if (!sql) {
      sql = this.head + Array.from({ length: rowCount }, () => this.rowPlaceholders).join(', ');
      this.statements.set(rowCount, sql);
    }
    return sql;
  }
}
