import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DateTimeColumn, IdColumn, IdPrimaryColumn } from '../../database/columns.js';
import { Tenant } from '../../tenants/entities/tenant.entity.js';
import type { Role } from '../../common/auth/roles.js';

@Entity('users')
@Index('UQ_users_account_email', ['accountEmail'], { unique: true })
@Index('UQ_users_tenant_email', ['tenantId', 'email'], { unique: true })
@Index('IDX_users_tenant', ['tenantId'])
export class User {
  @IdPrimaryColumn() id: string;
  @IdColumn() tenantId: string;
  @ManyToOne(() => Tenant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenantId', foreignKeyConstraintName: 'FK_users_tenant' })
  tenant?: Relation<Tenant>;
  /** Stored lower-cased; unique within the tenant (an invitation and an account alike). */
  @Column({ type: 'varchar', length: 254 }) email: string;
  /**
   * The address this person signs in with: `email` once they have a password, null while invited.
   * Globally unique, so one address is one account; invitations of one address into several tenants
   * do not collide (inviting must not reveal an account elsewhere), accepting a second one does.
   */
  @Column({ type: 'varchar', length: 254, nullable: true }) accountEmail: string | null;
  @Column({ type: 'varchar', length: 120 }) displayName: string;
  @Column({ type: 'varchar', length: 20 }) role: Role;
  /** Null until an invited user accepts and chooses a password. */
  @Column({ type: 'varchar', length: 255, nullable: true }) passwordHash: string | null;
  @Column({ type: 'varchar', length: 5, default: 'en' }) locale: string;
  @DateTimeColumn() createdAt: Date;
  /** TOTP secret, AES-256-GCM encrypted (see totp-secret-box.ts); set once 2FA is enabled. */
  @Column({ type: 'varchar', length: 255, nullable: true }) totpSecret: string | null;
  /** A secret from /me/2fa/setup that waits for its first valid code. */
  @Column({ type: 'varchar', length: 255, nullable: true }) totpPendingSecret: string | null;
  @DateTimeColumn({ nullable: true }) totpPendingSince: Date | null;
  @DateTimeColumn({ nullable: true }) totpEnabledAt: Date | null;
  /** The last accepted time step: a code of this step or an earlier one is never accepted again. */
  @Column({ type: 'integer', nullable: true }) totpLastStep: number | null;
  /**
   * When a booking was last added for this person (booked or imported), by the adding instance's
   * clock. Floor availability reads the caller's own bookings fresh only when this is recent (see
   * ownBookingsMayBeNewer); the anonymization sweep clears it once it is older than that.
   */
  @DateTimeColumn({ nullable: true }) bookingAddedAt: Date | null;
  /** False: the person opted out of the colleague search (GET /colleagues never lists them). */
  @Column({ type: 'boolean', default: true }) findableByColleagues: boolean;
  /** False: bookings made by or for this person are not confirmed by mail. */
  @Column({ type: 'boolean', default: true }) mailBookingConfirmations: boolean;
  /** False: bookings cancelled by staff or released as no-shows are not reported by mail. */
  @Column({ type: 'boolean', default: true }) mailBookingCancellations: boolean;
}
