import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { datetime, id, json, ref, varchar } from './columns.js';

export class Foundation1764000000000 implements MigrationInterface {
  name = 'Foundation1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'tenants',
        columns: [id(), varchar('name', 200), varchar('slug', 80), json('settings'), datetime('createdAt')],
        indices: [new TableIndex({ name: 'UQ_tenants_slug', columnNames: ['slug'], isUnique: true })],
      }),
    );
    await q.createTable(
      new Table({
        name: 'users',
        columns: [
          id(),
          ref('tenantId'),
          varchar('email', 254),
          varchar('displayName', 120),
          varchar('role', 20),
          varchar('passwordHash', 255, true),
          { ...varchar('locale', 5), default: "'en'" },
          datetime('createdAt'),
                  ],
        indices: [
          new TableIndex({ name: 'UQ_users_email', columnNames: ['email'], isUnique: true }),
          new TableIndex({ name: 'IDX_users_tenant', columnNames: ['tenantId'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'FK_users_tenant',
            columnNames: ['tenantId'],
            referencedTableName: 'tenants',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
            onUpdate: 'NO ACTION',
          }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'invites',
        columns: [
          id(),
          ref('tenantId'),
          ref('userId'),
          varchar('tokenHash', 64),
          datetime('expiresAt'),
          datetime('usedAt', true),
          datetime('createdAt'),
        ],
        indices: [
          new TableIndex({ name: 'UQ_invites_token_hash', columnNames: ['tokenHash'], isUnique: true }),
          new TableIndex({ name: 'IDX_invites_user', columnNames: ['userId'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'FK_invites_user',
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
        name: 'sessions',
        columns: [
          id(),
          ref('tenantId'),
          ref('userId'),
          datetime('createdAt'),
          datetime('lastUsedAt'),
          datetime('expiresAt'),
          datetime('revokedAt', true),
          varchar('userAgent', 255, true),
        ],
        indices: [
          new TableIndex({ name: 'IDX_sessions_user', columnNames: ['userId'] }),
          new TableIndex({ name: 'IDX_sessions_expires', columnNames: ['expiresAt'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'FK_sessions_user',
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
        name: 'audit_events',
        columns: [
          id(),
          ref('tenantId'),
          ref('actorUserId', true),
          varchar('action', 64),
          varchar('targetType', 40, true),
          ref('targetId', true),
          json('details', true),
          datetime('at'),
        ],
        indices: [new TableIndex({ name: 'IDX_audit_events_tenant_at', columnNames: ['tenantId', 'at'] })],
        foreignKeys: [
          new TableForeignKey({
            name: 'FK_audit_events_tenant',
            columnNames: ['tenantId'],
            referencedTableName: 'tenants',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
            onUpdate: 'NO ACTION',
          }),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['audit_events', 'sessions', 'invites', 'users', 'tenants']) await q.dropTable(table);
  }
}
