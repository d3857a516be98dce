import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { datetime, id, ref, varchar } from './columns.js';

const foreignKey = (name: string, column: string, table: string, onDelete: 'CASCADE' | 'SET NULL') =>
  new TableForeignKey({ name, columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete, onUpdate: 'NO ACTION' });

/**
 * Blocks (issue 18): staff take desks, or a whole floor, out of booking for some days.
 * - `desk_blocks`: the floor, the instants [startsAt, endsAt) (the location's local days, in UTC),
 *   the reason people read, and who created it (SET NULL when that person is erased).
 * - `desk_block_desks`: the desks a block names; none means the whole floor.
 */
export class DeskBlocks1765000400000 implements MigrationInterface {
  name = 'DeskBlocks1765000400000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'desk_blocks',
        columns: [
          id(),
          ref('tenantId'),
          ref('floorId'),
          datetime('startsAt'),
          datetime('endsAt'),
          varchar('reason', 200),
          ref('createdById', true),
          datetime('createdAt'),
        ],
        indices: [
          new TableIndex({ name: 'IDX_desk_blocks_floor_span', columnNames: ['floorId', 'startsAt', 'endsAt'] }),
          new TableIndex({ name: 'IDX_desk_blocks_tenant', columnNames: ['tenantId'] }),
        ],
        foreignKeys: [
          foreignKey('FK_desk_blocks_floor', 'floorId', 'floors', 'CASCADE'),
          foreignKey('FK_desk_blocks_created_by', 'createdById', 'users', 'SET NULL'),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'desk_block_desks',
        columns: [
          { ...ref('blockId'), isPrimary: true },
          { ...ref('deskId'), isPrimary: true },
        ],
        indices: [new TableIndex({ name: 'IDX_desk_block_desks_desk', columnNames: ['deskId'] })],
        foreignKeys: [
          foreignKey('FK_desk_block_desks_block', 'blockId', 'desk_blocks', 'CASCADE'),
          foreignKey('FK_desk_block_desks_desk', 'deskId', 'desks', 'CASCADE'),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('desk_block_desks');
    await q.dropTable('desk_blocks');
  }
}
