import { Table, TableColumn, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { datetime, ref, varchar } from './columns.js';

/**
 * Finding colleagues and subscribing to one's bookings (issue 18):
 * - `users.findableByColleagues`: a person may opt out of the colleague search; everyone starts
 *   findable, because the visibility setting and each booking's ceiling already decide what is shown.
 * - `calendar_feeds`: one secret feed URL per person. Only the token's SHA-256 is looked up; the
 *   token itself is kept sealed (AES-256-GCM, like TOTP secrets) so the Account page can show the
 *   URL again. The row goes with its person (cascade), so an erased person's URL answers 404.
 */
export class ColleagueSearchAndCalendarFeeds1765000200000 implements MigrationInterface {
  name = 'ColleagueSearchAndCalendarFeeds1765000200000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('users', new TableColumn({ name: 'findableByColleagues', type: 'boolean', isNullable: false, default: '1' }));
    await q.createTable(
      new Table({
        name: 'calendar_feeds',
        columns: [{ ...ref('userId'), isPrimary: true }, ref('tenantId'), varchar('tokenHash', 64), varchar('sealedToken', 255), datetime('createdAt')],
        indices: [new TableIndex({ name: 'UQ_calendar_feeds_token_hash', columnNames: ['tokenHash'], isUnique: true })],
        foreignKeys: [
          new TableForeignKey({
            name: 'FK_calendar_feeds_user',
            columnNames: ['userId'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
            onUpdate: 'NO ACTION',
          }),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('calendar_feeds');
    await q.dropColumn('users', 'findableByColleagues');
  }
}
