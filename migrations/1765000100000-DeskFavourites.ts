import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { datetime, ref } from './columns.js';

const cascadeTo = (name: string, column: string, table: string) =>
  new TableForeignKey({ name, columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' });

/**
 * A person's favourite desks (issue 18), one of them possibly their usual desk. The rows name a person:
 * they go with the person (erasure; the foreign key on deleting the user) and with the desk.
 * The desk index serves the desk's foreign key, so MariaDB does not add one of its own.
 */
export class DeskFavourites1765000100000 implements MigrationInterface {
  name = 'DeskFavourites1765000100000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'desk_favourites',
        columns: [
          { ...ref('userId'), isPrimary: true },
          { ...ref('deskId'), isPrimary: true },
          ref('tenantId'),
          { name: 'usual', type: 'boolean', isNullable: false },
          datetime('createdAt'),
        ],
        indices: [new TableIndex({ name: 'IDX_desk_favourites_desk', columnNames: ['deskId'] })],
        foreignKeys: [cascadeTo('FK_desk_favourites_user', 'userId', 'users'), cascadeTo('FK_desk_favourites_desk', 'deskId', 'desks')],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('desk_favourites');
  }
}
