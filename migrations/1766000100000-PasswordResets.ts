import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { datetime, id, ref, varchar } from './columns.js';

/**
 * Password reset (issue 19): one row per link mailed. Only the SHA-256 of the token is stored; a row
 * is used once (usedAt), expires after 30 minutes, and goes with its person (CASCADE).
 */
export class PasswordResets1766000100000 implements MigrationInterface {
  name = 'PasswordResets1766000100000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'password_resets',
        columns: [id(), ref('tenantId'), ref('userId'), varchar('tokenHash', 64), datetime('createdAt'), datetime('expiresAt'), datetime('usedAt', true)],
        indices: [
          new TableIndex({ name: 'UQ_password_resets_token_hash', columnNames: ['tokenHash'], isUnique: true }),
          new TableIndex({ name: 'IDX_password_resets_user', columnNames: ['userId'] }),
          new TableIndex({ name: 'IDX_password_resets_expires', columnNames: ['expiresAt'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'FK_password_resets_user',
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
    await q.dropTable('password_resets');
  }
}
