import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { IdColumn } from '../../database/columns.js';
import { Tenant } from '../../tenants/entities/tenant.entity.js';

/** An e-mail domain that routes sign-in to its tenant's provider; the key makes it one tenant's at most. */
@Entity('sso_domains')
@Index('IDX_sso_domains_tenant', ['tenantId'])
export class SsoDomain {
  @PrimaryColumn({ type: 'varchar', length: 253 }) domain: string;
  @IdColumn() tenantId: string;
  @ManyToOne(() => Tenant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenantId', foreignKeyConstraintName: 'FK_sso_domains_tenant' })
  tenant?: Relation<Tenant>;
}
