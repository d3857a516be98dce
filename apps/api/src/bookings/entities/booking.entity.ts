import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DateTimeColumn, IdColumn, IdPrimaryColumn } from '../../database/columns.js';
import { Desk } from '../../places/entities/desk.entity.js';
import { User } from '../../users/entities/user.entity.js';
import type { VisibilityCeiling } from '../visibility.js';

/** Kept through anonymization (analytics tell no-shows from cancellations); `erased`: the person's account was erased. */
export const CANCEL_REASONS = ['user', 'admin', 'no_show', 'erased'] as const;
export type CancelReason = (typeof CANCEL_REASONS)[number];

/**
 * A desk booking. Overlap checks read one desk's window from IDX_bookings_desk_span (deskId, startsAt)
 * and one person's from IDX_bookings_user_window (userId, startsAt); (tenantId, endsAt) serves
 * auto-release and the delete sweep. The anonymize sweep finds a tenant's due bookings through its
 * people's windows: an anonymized row leaves that index, so the history is never read again.
 * Anonymizing a row moves only that one index entry (migration 1764400000000 explains why it matters).
 */
@Entity('bookings')
@Index('IDX_bookings_desk_span', ['deskId', 'startsAt', 'endsAt', 'cancelledAt'])
@Index('IDX_bookings_user_window', ['userId', 'startsAt', 'endsAt'])
@Index('IDX_bookings_tenant_ends', ['tenantId', 'endsAt'])
@Index('IDX_bookings_series', ['seriesId'])
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
  /** The most this booking may reveal, fixed when it was made (visibility.ts); null once anonymized. */
  @Column({ type: 'varchar', length: 8, nullable: true }) visibilityCeiling: VisibilityCeiling | null;
  @DateTimeColumn({ nullable: true }) checkedInAt: Date | null;
  @DateTimeColumn({ nullable: true }) cancelledAt: Date | null;
  @Column({ type: 'varchar', length: 16, nullable: true }) cancelReason: CancelReason | null;
  /** The reason staff gave when cancelling (free text the person reads); null once anonymized. */
  @Column({ type: 'varchar', length: 500, nullable: true }) cancelNote: string | null;
  /** The occurrences of one recurring or multi-day booking share it; null once anonymized. */
  @IdColumn({ nullable: true }) seriesId: string | null;
  /** The staff member who booked for the person, when it was not the person; null once anonymized. */
  @IdColumn({ nullable: true }) bookedById: string | null;
  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'bookedById', foreignKeyConstraintName: 'FK_bookings_booked_by' })
  bookedBy?: Relation<User>;
  @DateTimeColumn({ nullable: true }) anonymizedAt: Date | null;
  @DateTimeColumn() createdAt: Date;
}
