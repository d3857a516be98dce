import type { TableColumnOptions } from 'typeorm';

/**
 * Portable column builders for the migrations. They mirror apps/api/src/database/columns.ts;
 * the schema-drift test fails if the two ever disagree. Migrations keep their own copy on
 * purpose: a landed migration must not change when the entity helpers do.
 */
export const id = (name = 'id'): TableColumnOptions => ({ name, type: 'varchar', length: '36', isPrimary: true });
export const ref = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: '36', isNullable: nullable });
export const varchar = (name: string, length: number, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable: nullable,
});
export const datetime = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'datetime', precision: 3, isNullable: nullable });
export const json = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'text', isNullable: nullable });
