import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DateTimeColumn, IdColumn, IdPrimaryColumn } from '../../database/columns.js';
import { Tenant } from '../../tenants/entities/tenant.entity.js';
import type { OpeningHours } from '../opening-hours.js';

@Entity('locations')
@Index('IDX_locations_tenant', ['tenantId'])
export class Location {
  @IdPrimaryColumn() id: string;
  @IdColumn() tenantId: string;
  @ManyToOne(() => Tenant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenantId', foreignKeyConstraintName: 'FK_locations_tenant' })
  tenant?: Relation<Tenant>;
  @Column({ type: 'varchar', length: 200 }) name: string;
  @Column({ type: 'varchar', length: 500 }) address: string;
  /** IANA time zone, e.g. Europe/Berlin: opening hours, slots and days are local to it. */
  @Column({ type: 'varchar', length: 64 }) timezone: string;
  @Column({ type: 'simple-json' }) openingHours: OpeningHours;
  @DateTimeColumn() createdAt: Date;
}
