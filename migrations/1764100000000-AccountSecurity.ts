import { Table, TableColumn, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { datetime, id, ref, varchar } from './columns.js';

/** TOTP two-factor authentication, recovery codes and login throttling. */
export class AccountSecurity1764100000000 implements MigrationInterface {
  name = 'AccountSecurity1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('users', [
      new TableColumn(varchar('totpSecret', 255, true)),
      new TableColumn(varchar('totpPendingSecret', 255, true)),
      new TableColumn(datetime('totpPendingSince', true)),
      new TableColumn(datetime('totpEnabledAt', true)),
      new TableColumn({ name: 'totpLastStep', type: 'integer', isNullable: true }),
    ]);
    await q.createTable(
      new Table({
        name: 'recovery_codes',
        columns: [id(), ref('userId'), varchar('codeHash', 64), datetime('usedAt', true), datetime('createdAt')],
        indices: [new TableIndex({ name: 'IDX_recovery_codes_user', columnNames: ['userId'] })],
        foreignKeys: [
          new TableForeignKey({
            name: 'FK_recovery_codes_user',
            columnNames: ['userId'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
            onUpdate: 'NO ACTION',
          }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'login_throttles',
        columns: [
          { name: 'key', type: 'varchar', length: '80', isPrimary: true },
          { name: 'failures', type: 'integer' },
          datetime('lockedUntil', true),
          datetime('lastFailureAt'),
        ],
        indices: [new TableIndex({ name: 'IDX_login_throttles_last_failure', columnNames: ['lastFailureAt'] })],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('login_throttles');
    await q.dropTable('recovery_codes');
    for (const column of ['totpLastStep', 'totpEnabledAt', 'totpPendingSince', 'totpPendingSecret', 'totpSecret']) await q.dropColumn('users', column);
  }
}
