import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { DateTimeColumn, ID_COLUMN, IdColumn } from '../../database/columns.js';
import { User } from '../../users/entities/user.entity.js';
import { Booking } from './booking.entity.js';

/** How long a retry with the same Idempotency-Key returns the first booking. */
export const IDEMPOTENCY_KEY_TTL_MS = 24 * 3_600_000;

/**
 * An `Idempotency-Key` a person sent with `POST /bookings`, and the booking it made. Kept apart from
 * the booking and for IDEMPOTENCY_KEY_TTL_MS only: the key is the client's free text, and the
 * anonymization sweep clears it with the booking's person (or the purge after a day, whichever is first).
 */
@Entity('booking_idempotency_keys')
@Index('IDX_booking_idempotency_keys_booking', ['bookingId'])
@Index('IDX_booking_idempotency_keys_created', ['createdAt'])
export class BookingIdempotencyKey {
  @PrimaryColumn({ ...ID_COLUMN }) userId: string;
  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId', foreignKeyConstraintName: 'FK_booking_idempotency_keys_user' })
  user?: Relation<User>;
  @PrimaryColumn({ type: 'varchar', length: 100 }) idempotencyKey: string;
  @IdColumn() bookingId: string;
  @ManyToOne(() => Booking, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'bookingId', foreignKeyConstraintName: 'FK_booking_idempotency_keys_booking' })
  booking?: Relation<Booking>;
  /**
   * SHA-256 of the request that made the booking (bookingRequestHash): the same key with another
   * request is refused. Null for keys stored before it was recorded; those answer any request with
   * the same key, as they did when they were stored, until they expire.
   */
  @Column({ type: 'varchar', length: 64, nullable: true }) requestHash: string | null;
  @DateTimeColumn() createdAt: Date;
}
