import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { datetime, id, ref, varchar } from './columns.js';

/**
 * Passkeys (issue 19): WebAuthn credentials people sign in with.
 * - `passkeys`: one credential of one person (CASCADE with the person): its id as the browser names
 *   it (unique across tenants: a sign-in finds the person by it), the COSE public key, the signature
 *   counter, its transports, whether it is synced (backedUp), the name the person gave it.
 * - `passkey_challenges`: hashes of sign-in challenges already answered, until they expire, so an
 *   assertion is accepted once even from authenticators whose counter stays 0.
 */
export class Passkeys1766000300000 implements MigrationInterface {
  name = 'Passkeys1766000300000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'passkeys',
        columns: [
          id(),
          ref('tenantId'),
          ref('userId'),
          varchar('credentialId', 512),
          { name: 'publicKey', type: 'text', isNullable: false },
          { name: 'counter', type: 'bigint', isNullable: false },
          varchar('transports', 255),
          { name: 'backedUp', type: 'boolean', isNullable: false },
          varchar('name', 64),
          datetime('createdAt'),
          datetime('lastUsedAt', true),
        ],
        indices: [
          new TableIndex({ name: 'UQ_passkeys_credential', columnNames: ['credentialId'], isUnique: true }),
          new TableIndex({ name: 'IDX_passkeys_user', columnNames: ['userId'] }),
          new TableIndex({ name: 'IDX_passkeys_tenant', columnNames: ['tenantId'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'FK_passkeys_user',
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
        name: 'passkey_challenges',
        columns: [{ ...varchar('challengeHash', 64), isPrimary: true }, datetime('expiresAt')],
        indices: [new TableIndex({ name: 'IDX_passkey_challenges_expiry', columnNames: ['expiresAt'] })],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('passkey_challenges');
    await q.dropTable('passkeys');
  }
}
