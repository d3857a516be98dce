import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { DateTimeColumn, ID_COLUMN } from '../../database/columns.js';
import type { Role } from '../../common/auth/roles.js';
import { Tenant } from '../../tenants/entities/tenant.entity.js';

/** A tenant's OpenID Connect provider: one per tenant. */
@Entity('sso_connections')
export class SsoConnection {
  @PrimaryColumn({ ...ID_COLUMN }) tenantId: string;
  @OneToOne(() => Tenant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenantId', foreignKeyConstraintName: 'FK_sso_connections_tenant' })
  tenant?: Relation<Tenant>;
  @Column({ type: 'boolean' }) enabled: boolean;
  @Column({ type: 'varchar', length: 500 }) issuer: string;
  @Column({ type: 'varchar', length: 255 }) clientId: string;
  /** AES-256-GCM under the `sso-client-secrets` key; null for public clients. Never leaves the API. */
  @Column({ type: 'varchar', length: 1000, nullable: true }) clientSecretSealed: string | null;
  /** The role of people created just in time. */
  @Column({ type: 'varchar', length: 20 }) defaultRole: Role;
  /** Members cannot sign in with a password; admins only with one and 2FA (break-glass). */
  @Column({ type: 'boolean' }) ssoOnly: boolean;
  @DateTimeColumn() updatedAt: Date;
}
