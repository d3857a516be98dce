import { Table, TableColumn, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { datetime, id, ref, varchar } from './columns.js';

const foreignKey = (name: string, column: string, table: string) =>
  new TableForeignKey({ name, columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' });
const bool = (name: string) => ({ name, type: 'boolean', isNullable: false });

/**
 * Single sign-on with OpenID Connect, one provider per tenant (issue 19):
 * - `sso_connections`: the tenant's issuer and client; the client secret sealed (AES-256-GCM under the
 *   `sso-client-secrets` key), like TOTP secrets.
 * - `sso_domains`: the e-mail domains that route the login page to that provider. The domain is the
 *   key, so a domain belongs to one tenant at most.
 * - `sso_links`: which person an issuer's subject is; goes with the person (cascade).
 * - `sessions.signedInWith`: how a session began ('password' | 'sso' | 'passkey'; null for older ones),
 *   so the 2FA policy can leave SSO sessions to the company's identity provider.
 */
export class SsoConnections1766000200000 implements MigrationInterface {
  name = 'SsoConnections1766000200000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'sso_connections',
        columns: [
          { ...ref('tenantId'), isPrimary: true },
          bool('enabled'),
          varchar('issuer', 500),
          varchar('clientId', 255),
          varchar('clientSecretSealed', 1000, true),
          varchar('defaultRole', 20),
          bool('ssoOnly'),
          datetime('updatedAt'),
        ],
        foreignKeys: [foreignKey('FK_sso_connections_tenant', 'tenantId', 'tenants')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'sso_domains',
        columns: [{ ...varchar('domain', 253), isPrimary: true }, ref('tenantId')],
        indices: [new TableIndex({ name: 'IDX_sso_domains_tenant', columnNames: ['tenantId'] })],
        foreignKeys: [foreignKey('FK_sso_domains_tenant', 'tenantId', 'tenants')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'sso_links',
        columns: [id(), ref('tenantId'), ref('userId'), varchar('issuer', 500), varchar('subject', 255), datetime('createdAt'), datetime('lastLoginAt')],
        indices: [
          new TableIndex({ name: 'UQ_sso_links_issuer_subject', columnNames: ['issuer', 'subject'], isUnique: true }),
          new TableIndex({ name: 'IDX_sso_links_user', columnNames: ['userId'] }),
        ],
        foreignKeys: [foreignKey('FK_sso_links_user', 'userId', 'users')],
      }),
    );
    await q.addColumn('sessions', new TableColumn(varchar('signedInWith', 16, true)));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('sessions', 'signedInWith');
    await q.dropTable('sso_links');
    await q.dropTable('sso_domains');
    await q.dropTable('sso_connections');
  }
}
