import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { datetime, id, ref, varchar } from './columns.js';

/**
 * The anonymization sweep: its run log, an index that finds a tenant's not-yet-anonymized bookings by
 * end time without reading the anonymized history, and one that finds audit events about a booking.
 */
export class Anonymization1764300000000 implements MigrationInterface {
  name = 'Anonymization1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'anonymization_runs',
        columns: [
          id(),
          ref('tenantId'),
          varchar('source', 16),
          datetime('requestedAt'),
          datetime('finishedAt', true),
          { name: 'processed', type: 'integer', isNullable: false, default: '0' },
        ],
        indices: [new TableIndex({ name: 'IDX_anonymization_runs_tenant', columnNames: ['tenantId', 'requestedAt'] })],
        foreignKeys: [
          new TableForeignKey({
            name: 'FK_anonymization_runs_tenant',
            columnNames: ['tenantId'],
            referencedTableName: 'tenants',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
            onUpdate: 'NO ACTION',
          }),
        ],
      }),
    );
    await q.createIndex('bookings', new TableIndex({ name: 'IDX_bookings_tenant_pending', columnNames: ['tenantId', 'anonymizedAt', 'endsAt'] }));
    await q.createIndex('audit_events', new TableIndex({ name: 'IDX_audit_events_target', columnNames: ['targetId'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('audit_events', 'IDX_audit_events_target');
    await q.dropIndex('bookings', 'IDX_bookings_tenant_pending');
    await q.dropTable('anonymization_runs');
  }
}
