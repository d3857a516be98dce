import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { varchar } from './columns.js';

/**
 * An address is unique among accounts (people who can sign in), not among invitations: `accountEmail`
 * is set once a password is, and carries the global unique index; `email` is unique per tenant only.
 * So inviting an address that has an account in another tenant answers like any other invitation
 * instead of revealing the account; accepting it is what fails.
 */
export class InvitesWithoutAccounts1764610000000 implements MigrationInterface {
  name = 'InvitesWithoutAccounts1764610000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('users', new TableColumn(varchar('accountEmail', 254, true)));
    const e = (name: string) => q.connection.driver.escape(name);
    await q.query(`UPDATE ${e('users')} SET ${e('accountEmail')} = ${e('email')} WHERE ${e('passwordHash')} IS NOT NULL`);
    await q.dropIndex('users', 'UQ_users_email');
    await q.createIndex('users', new TableIndex({ name: 'UQ_users_account_email', columnNames: ['accountEmail'], isUnique: true }));
    await q.createIndex('users', new TableIndex({ name: 'UQ_users_tenant_email', columnNames: ['tenantId', 'email'], isUnique: true }));
  }

  /** Fails if one address has been invited into several tenants meanwhile: remove those invitations first. */
  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('users', 'UQ_users_tenant_email');
    await q.dropIndex('users', 'UQ_users_account_email');
    await q.createIndex('users', new TableIndex({ name: 'UQ_users_email', columnNames: ['email'], isUnique: true }));
    await q.dropColumn('users', 'accountEmail');
  }
}
