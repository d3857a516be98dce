import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';
import { datetime, json, ref } from './columns.js';

const cascadeTo = (name: string, column: string, table: string) =>
  new TableForeignKey({ name, columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' });
const count = (name: string): TableColumnOptions => ({ name, type: 'integer', isNullable: false, default: 0 });
const key = (name: string, length: number): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isPrimary: true });

/**
 * Utilization analytics (issue 17, README "Utilization analytics"):
 * - `desk_bookability_changes`: when a desk became bookable or not, so a past day is divided by the
 *   desks that were bookable then. Existing desks get one row at their creation, with today's state.
 * - `utilization_days`: per location day (local date) and scope — the whole location (floorId ''), a
 *   floor (zone ''), or a zone of either — the counts the figures are made of. Counts only: no column
 *   can hold a person, so anonymization leaves the rollup alone and it needs no scrubbing.
 * - `utilization_desk_days`: per desk and day, for the desk ranking and the floor overlay, and
 *   `utilization_desk_months` the same per month, so twelve months of a floor's desks are 3,000 rows
 *   to sum, not 90,000.
 * - `utilization_refreshes`: when each tenant's rollup was last brought up to date.
 */
export class UtilizationAnalytics1764900000000 implements MigrationInterface {
  name = 'UtilizationAnalytics1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'desk_bookability_changes',
        columns: [key('deskId', 36), { ...datetime('changedAt'), isPrimary: true }, ref('tenantId'), { name: 'bookable', type: 'boolean', isNullable: false }],
        foreignKeys: [cascadeTo('FK_desk_bookability_changes_desk', 'deskId', 'desks')],
      }),
    );
    await q.query('INSERT INTO desk_bookability_changes (deskId, changedAt, tenantId, bookable) SELECT id, createdAt, tenantId, bookable FROM desks');
    await q.createTable(
      new Table({
        name: 'utilization_days',
        columns: [
          key('locationId', 36),
          key('floorId', 36),
          key('zone', 60),
          key('day', 10),
          ref('tenantId'),
          count('bookings'),
          count('bookedMinutes'),
          count('desksUsed'),
          count('peakConcurrent'),
          count('checkIns'),
          count('noShows'),
          count('cancellations'),
          json('hourlyDesks'),
          json('leadTimes'),
        ],
        foreignKeys: [cascadeTo('FK_utilization_days_location', 'locationId', 'locations')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'utilization_desk_days',
        columns: [key('floorId', 36), key('day', 10), key('deskId', 36), ref('tenantId'), count('bookings'), count('bookedMinutes')],
        indices: [new TableIndex({ name: 'IDX_utilization_desk_days_desk', columnNames: ['deskId', 'day'] })],
        foreignKeys: [cascadeTo('FK_utilization_desk_days_desk', 'deskId', 'desks')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'utilization_desk_months',
        columns: [key('floorId', 36), key('month', 7), key('deskId', 36), ref('tenantId'), count('bookings'), count('bookedMinutes')],
        indices: [new TableIndex({ name: 'IDX_utilization_desk_months_desk', columnNames: ['deskId'] })],
        foreignKeys: [cascadeTo('FK_utilization_desk_months_desk', 'deskId', 'desks')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'utilization_refreshes',
        columns: [key('tenantId', 36), datetime('refreshedAt')],
        foreignKeys: [cascadeTo('FK_utilization_refreshes_tenant', 'tenantId', 'tenants')],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('utilization_refreshes');
    await q.dropTable('utilization_desk_months');
    await q.dropTable('utilization_desk_days');
    await q.dropTable('utilization_days');
    await q.dropTable('desk_bookability_changes');
  }
}
