import { Column, Entity, Index } from 'typeorm';
import { DateTimeColumn, IdPrimaryColumn } from '../../database/columns.js';
import type { TenantSettings } from '../settings.js';

@Entity('tenants')
@Index('UQ_tenants_slug', ['slug'], { unique: true })
export class Tenant {
  @IdPrimaryColumn() id: string;
  @Column({ type: 'varchar', length: 200 }) name: string;
  @Column({ type: 'varchar', length: 80 }) slug: string;
  /** The full settings document; defaults are merged in on read (see settings.ts). */
  @Column({ type: 'simple-json' }) settings: Partial<TenantSettings>;
  @DateTimeColumn() createdAt: Date;
}
