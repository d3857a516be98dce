import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DateTimeColumn, IdColumn, IdPrimaryColumn } from '../../database/columns.js';
import { Tenant } from '../../tenants/entities/tenant.entity.js';

export type AnonymizationRunSource = 'schedule' | 'manual';

/**
 * One sweep of one tenant: requested (by the schedule or an admin), then finished with the number of
 * bookings it anonymized or deleted. Holds no personal data; the status endpoint reads it.
 */
@Entity('anonymization_runs')
@Index('IDX_anonymization_runs_tenant', ['tenantId', 'requestedAt'])
export class AnonymizationRun {
  @IdPrimaryColumn() id: string;
  @IdColumn() tenantId: string;
  @ManyToOne(() => Tenant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenantId', foreignKeyConstraintName: 'FK_anonymization_runs_tenant' })
  tenant?: Relation<Tenant>;
  @Column({ type: 'varchar', length: 16 }) source: AnonymizationRunSource;
  @DateTimeColumn() requestedAt: Date;
  @DateTimeColumn({ nullable: true }) finishedAt: Date | null;
  @Column({ type: 'integer', default: 0 }) processed: number;
}
