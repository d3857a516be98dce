import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DateTimeColumn, IdColumn, IdPrimaryColumn } from '../../database/columns.js';
import { Tenant } from '../../tenants/entities/tenant.entity.js';

@Entity('audit_events')
@Index('IDX_audit_events_tenant_at', ['tenantId', 'at'])
@Index('IDX_audit_events_target', ['targetId'])
export class AuditEvent {
  @IdPrimaryColumn() id: string;
  @IdColumn() tenantId: string;
  @ManyToOne(() => Tenant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenantId', foreignKeyConstraintName: 'FK_audit_events_tenant' })
  tenant?: Relation<Tenant>;
  /** Null for actions the system takes on its own (e.g. a scheduled job). */
  @IdColumn({ nullable: true }) actorUserId: string | null;
  @Column({ type: 'varchar', length: 64 }) action: string;
  @Column({ type: 'varchar', length: 40, nullable: true }) targetType: string | null;
  @IdColumn({ nullable: true }) targetId: string | null;
  @Column({ type: 'simple-json', nullable: true }) details: Record<string, unknown> | null;
  @DateTimeColumn() at: Date;
}
