import { Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { DateTimeColumn, ID_COLUMN } from '../../database/columns.js';
import { Tenant } from '../../tenants/entities/tenant.entity.js';

/** When a tenant's rollup was last brought up to date: the figures are as of then. */
@Entity('utilization_refreshes')
export class UtilizationRefresh {
  @PrimaryColumn({ ...ID_COLUMN }) tenantId: string;
  @ManyToOne(() => Tenant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenantId', foreignKeyConstraintName: 'FK_utilization_refreshes_tenant' })
  tenant?: Relation<Tenant>;
  @DateTimeColumn() refreshedAt: Date;
}
