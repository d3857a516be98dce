import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';
import { datetime, id, json, ref, varchar } from './columns.js';

const fk = (name: string, column: string, table: string, onDelete: 'CASCADE' | 'SET NULL') =>
  new TableForeignKey({ name, columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete, onUpdate: 'NO ACTION' });
const integer = (name: string, nullable = false, dflt?: string): TableColumnOptions => ({ name, type: 'integer', isNullable: nullable, default: dflt });
const double = (name: string): TableColumnOptions => ({ name, type: 'double' });
const bool = (name: string, nullable = false, dflt?: string): TableColumnOptions => ({ name, type: 'boolean', isNullable: nullable, default: dflt });

/** Locations, floors with plan images, desks and bookings. */
export class PlacesAndBookings1764200000000 implements MigrationInterface {
  name = 'PlacesAndBookings1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'locations',
        columns: [id(), ref('tenantId'), varchar('name', 200), varchar('address', 500), varchar('timezone', 64), json('openingHours'), datetime('createdAt')],
        indices: [new TableIndex({ name: 'IDX_locations_tenant', columnNames: ['tenantId'] })],
        foreignKeys: [fk('FK_locations_tenant', 'tenantId', 'tenants', 'CASCADE')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'floors',
        columns: [
          id(),
          ref('tenantId'),
          ref('locationId'),
          varchar('name', 120),
          integer('level', false, '0'),
          varchar('planMimeType', 40, true),
          integer('planWidth', true),
          integer('planHeight', true),
          datetime('createdAt'),
        ],
        indices: [
          new TableIndex({ name: 'IDX_floors_location', columnNames: ['locationId'] }),
          new TableIndex({ name: 'IDX_floors_tenant', columnNames: ['tenantId'] }),
        ],
        foreignKeys: [fk('FK_floors_location', 'locationId', 'locations', 'CASCADE')],
      }),
    );
    // MySQL's blob holds 64 KB; plans may be 10 MB (see floor-plan.entity.ts).
    const blob = q.connection.driver.options.type === 'better-sqlite3' ? 'blob' : 'longblob';
    await q.createTable(
      new Table({
        name: 'floor_plans',
        columns: [{ name: 'floorId', type: 'varchar', length: '36', isPrimary: true }, { name: 'data', type: blob }, datetime('updatedAt')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'desks',
        columns: [
          id(),
          ref('tenantId'),
          ref('floorId'),
          varchar('label', 40),
          double('x'),
          double('y'),
          varchar('zone', 60, true),
          json('amenities'),
          bool('bookable', false, '1'),
          datetime('createdAt'),
        ],
        indices: [
          new TableIndex({ name: 'UQ_desks_floor_label', columnNames: ['floorId', 'label'], isUnique: true }),
          new TableIndex({ name: 'IDX_desks_tenant', columnNames: ['tenantId'] }),
        ],
        foreignKeys: [fk('FK_desks_floor', 'floorId', 'floors', 'CASCADE')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'bookings',
        columns: [
          id(),
          ref('tenantId'),
          ref('deskId'),
          ref('userId', true),
          datetime('startsAt'),
          datetime('endsAt'),
          bool('visibleToColleagues', true),
          datetime('checkedInAt', true),
          datetime('cancelledAt', true),
          varchar('cancelReason', 16, true),
          datetime('anonymizedAt', true),
          varchar('idempotencyKey', 100, true),
          datetime('createdAt'),
        ],
        indices: [
          // Covering: availability and overlap checks read only these columns, straight from the index.
          new TableIndex({ name: 'IDX_bookings_desk_window', columnNames: ['deskId', 'startsAt', 'endsAt', 'cancelledAt', 'userId', 'visibleToColleagues'] }),
          new TableIndex({ name: 'IDX_bookings_user_starts', columnNames: ['userId', 'startsAt'] }),
          new TableIndex({ name: 'IDX_bookings_tenant_ends', columnNames: ['tenantId', 'endsAt'] }),
          new TableIndex({ name: 'UQ_bookings_user_idempotency', columnNames: ['userId', 'idempotencyKey'], isUnique: true }),
        ],
        foreignKeys: [fk('FK_bookings_desk', 'deskId', 'desks', 'CASCADE'), fk('FK_bookings_user', 'userId', 'users', 'SET NULL')],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['bookings', 'desks', 'floor_plans', 'floors', 'locations']) await q.dropTable(table);
  }
}
