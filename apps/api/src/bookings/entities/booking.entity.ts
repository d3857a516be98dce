import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DateTimeColumn, IdColumn, IdPrimaryColumn } from '../../database/columns.js';
import { Desk } from '../../places/entities/desk.entity.js';
import { User } from '../../users/entities/user.entity.js';

/** Kept through anonymization (analytics tell no-shows from cancellations); `erased`: the person's account was erased. */
export const CANCEL_REASONS = ['user', 'admin', 'no_show', 'erased'] as const;
export type CancelReason = (typeof CANCEL_REASONS)[number];

/**
 * A desk booking. Overlap checks and floor availability read one desk's window from
 * IDX_bookings_desk_window, which leads with (deskId, startsAt) and covers every column they need
 * (no row lookups); a person's window comes from (userId, startsAt); (tenantId, endsAt) serves auto-release and the delete sweep, (tenantId, anonymizedAt, endsAt)
 * the anonymize sweep, which must not re-read the anonymized history on every run.
 */
@Entity('bookings')
@Index('IDX_bookings_desk_window', ['deskId', 'startsAt', 'endsAt', 'cancelledAt', 'userId', 'visibleToColleagues'])
@Index('IDX_bookings_user_starts', ['userId', 'startsAt'])
@Index('IDX_bookings_tenant_ends', ['tenantId', 'endsAt'])
@Index('IDX_bookings_tenant_pending', ['tenantId', 'anonymizedAt', 'endsAt'])
@Index('UQ_bookings_user_idempotency', ['userId', 'idempotencyKey'], { unique: true })
export class Booking {
  @IdPrimaryColumn() id: string;
  @IdColumn() tenantId: string;
  @IdColumn() deskId: string;
  @ManyToOne(() => Desk, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'deskId', foreignKeyConstraintName: 'FK_bookings_desk' })
  desk?: Relation<Desk>;
  /** Null once anonymized: nothing else in the row points to a person. */
  @IdColumn({ nullable: true }) userId: string | null;
  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'userId', foreignKeyConstraintName: 'FK_bookings_user' })
  user?: Relation<User>;
  @DateTimeColumn() startsAt: Date;
  @DateTimeColumn() endsAt: Date;
  @Column({ type: 'boolean', nullable: true }) visibleToColleagues: boolean | null;
  @DateTimeColumn({ nullable: true }) checkedInAt: Date | null;
  @DateTimeColumn({ nullable: true }) cancelledAt: Date | null;
  @Column({ type: 'varchar', length: 16, nullable: true }) cancelReason: CancelReason | null;
  @DateTimeColumn({ nullable: true }) anonymizedAt: Date | null;
  @Column({ type: 'varchar', length: 100, nullable: true }) idempotencyKey: string | null;
  @DateTimeColumn() createdAt: Date;
}
