import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { datetime, id, json, ref, varchar } from './columns.js';

const cascadeTo = (name: string, column: string, table: string) =>
  new TableForeignKey({ name, columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' });

/**
 * Privacy notices and consent (DESIGN.md "Privacy notices and consent"): every publication is an
 * immutable, numbered version per tenant; its Markdown bodies (one row per language) and its PDF live
 * in tables of their own, so listing versions never loads them. A consent names the version and the
 * SHA-256 of exactly what was shown; at erasure it keeps version and time and loses the person.
 */
export class PrivacyNotices1764800000000 implements MigrationInterface {
  name = 'PrivacyNotices1764800000000';

  async up(q: QueryRunner): Promise<void> {
    // MySQL's blob holds 64 KB; a PDF notice may be 10 MB (as in PlacesAndBookings).
    const blob = q.connection.driver.options.type === 'better-sqlite3' ? 'blob' : 'longblob';
    await q.createTable(
      new Table({
        name: 'privacy_notice_versions',
        columns: [
          id(),
          ref('tenantId'),
          { name: 'version', type: 'integer', isNullable: false },
          varchar('source', 16),
          varchar('contentHash', 64),
          json('changeSummary', true),
          datetime('publishedAt'),
          ref('publishedBy', true),
        ],
        indices: [new TableIndex({ name: 'UQ_privacy_notice_versions_tenant_version', columnNames: ['tenantId', 'version'], isUnique: true })],
        foreignKeys: [cascadeTo('FK_privacy_notice_versions_tenant', 'tenantId', 'tenants')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'privacy_notice_bodies',
        columns: [
          { name: 'versionId', type: 'varchar', length: '36', isPrimary: true },
          { name: 'lang', type: 'varchar', length: '8', isPrimary: true },
          { name: 'body', type: 'text', isNullable: false },
        ],
        foreignKeys: [cascadeTo('FK_privacy_notice_bodies_version', 'versionId', 'privacy_notice_versions')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'privacy_notice_pdfs',
        // No foreign key: the entity is a per-dialect schema, which cannot declare one (privacy-notice-pdf.entity.ts).
        columns: [{ name: 'versionId', type: 'varchar', length: '36', isPrimary: true }, { name: 'data', type: blob }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'consents',
        columns: [
          id(),
          ref('tenantId'),
          ref('userId', true),
          ref('noticeVersionId'),
          varchar('contentHash', 64),
          varchar('locale', 8),
          datetime('acceptedAt'),
          datetime('withdrawnAt', true),
        ],
        indices: [
          new TableIndex({ name: 'IDX_consents_user', columnNames: ['tenantId', 'userId', 'acceptedAt'] }),
          new TableIndex({ name: 'IDX_consents_version', columnNames: ['noticeVersionId'] }),
        ],
        foreignKeys: [
          cascadeTo('FK_consents_tenant', 'tenantId', 'tenants'),
          cascadeTo('FK_consents_version', 'noticeVersionId', 'privacy_notice_versions'),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('consents');
    await q.dropTable('privacy_notice_pdfs');
    await q.dropTable('privacy_notice_bodies');
    await q.dropTable('privacy_notice_versions');
  }
}
