import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { datetime, id, json, ref, varchar } from './columns.js';

/**
 * E-mail (issue 19).
 * - `mail_outbox`: every message, written in the transaction of what caused it (the transactional
 *   outbox) and delivered by a job. The address and the sealed payload (links with tokens, texts)
 *   are personal data: the payload is cleared once sent, sent rows are purged after a while, and
 *   erasure deletes the person's rows.
 * - `signup_requests`: a sign-up waiting for its address to be confirmed. The tenant and the account
 *   are created only then, so an unconfirmed address never holds an account or blocks a real sign-up.
 */
export class MailOutboxAndSignupRequests1766000000000 implements MigrationInterface {
  name = 'MailOutboxAndSignupRequests1766000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'mail_outbox',
        columns: [
          id(),
          ref('tenantId', true),
          ref('userId', true),
          varchar('template', 40),
          varchar('toAddress', 254),
          json('sealedPayload', true),
          varchar('status', 12),
          { name: 'attempts', type: 'integer', default: 0 },
          datetime('nextAttemptAt'),
          datetime('lockedUntil', true),
          datetime('createdAt'),
          datetime('sentAt', true),
        ],
        indices: [
          new TableIndex({ name: 'IDX_mail_outbox_due', columnNames: ['status', 'nextAttemptAt'] }),
          new TableIndex({ name: 'IDX_mail_outbox_user', columnNames: ['userId'] }),
          new TableIndex({ name: 'IDX_mail_outbox_address', columnNames: ['toAddress', 'createdAt'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'FK_mail_outbox_user',
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
        name: 'signup_requests',
        columns: [
          id(),
          varchar('tokenHash', 64),
          varchar('email', 254),
          varchar('displayName', 120),
          varchar('tenantName', 200),
          varchar('passwordHash', 255),
          varchar('locale', 5),
          datetime('createdAt'),
          datetime('expiresAt'),
        ],
        indices: [
          new TableIndex({ name: 'IDX_signup_requests_token', columnNames: ['tokenHash'], isUnique: true }),
          new TableIndex({ name: 'IDX_signup_requests_expires', columnNames: ['expiresAt'] }),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('signup_requests');
    await q.dropTable('mail_outbox');
  }
}
