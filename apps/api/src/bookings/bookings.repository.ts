import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type EntityManager } from 'typeorm';
import { TenantScopedRepository } from '../common/tenancy/tenant-scoped.repository.js';
import { currentTenantId } from '../common/tenancy/tenant-context.js';
import { Booking } from './entities/booking.entity.js';

/**
 * Bookings last at most one (local) day, so any booking overlapping [from, to) starts after
 * from - 24 h: that lower bound keeps overlap queries on one desk's (or person's) recent window
 * of the (deskId, startsAt) / (userId, startsAt) indexes instead of their whole history.
 */
export const MAX_BOOKING_SPAN_MS = 24 * 3_600_000;

@Injectable()
export class BookingsRepository extends TenantScopedRepository<Booking> {
  constructor(@InjectRepository(Booking) private readonly bookings: Repository<Booking>) {
    super(bookings, Booking, 'Booking');
  }

  /**
   * Is there an active booking of this desk (or by this person) overlapping [from, to)? On MySQL a
   * locking read: it sees the newest committed rows, not the transaction's snapshot.
   */
  async hasOverlap(m: EntityManager, column: 'deskId' | 'userId', value: string, from: Date, to: Date, locking: boolean): Promise<boolean> {
    const query = m
      .createQueryBuilder(Booking, 'b')
      .select('b.id')
      .where(`b.${column} = :value`, { value })
      .andWhere('b.cancelledAt IS NULL')
      .andWhere('b.startsAt >= :lower', { lower: new Date(from.getTime() - MAX_BOOKING_SPAN_MS) })
      .andWhere('b.startsAt < :to', { to })
      .andWhere('b.endsAt > :from', { from })
      .limit(1);
    if (locking) query.setLock('pessimistic_write');
    return (await query.getOne()) !== null;
  }

  /**
   * Active bookings of these desks overlapping [from, to). The desk ids are listed (not joined
   * through desks.floorId) so the database reads one (deskId, startsAt) range per desk: with a join,
   * MariaDB matched on deskId alone and scanned each desk's whole history (250 ms vs 5 ms on the
   * reference data). The desks come from the caller's tenant, which scopes the bookings too; a
   * tenantId condition here would only make the index stop covering the query.
   */
  activeOnDesks(deskIds: string[], from: Date, to: Date): Promise<Booking[]> {
    if (deskIds.length === 0) return Promise.resolve([]);
    return this.bookings
      .createQueryBuilder('b')
      // Only the columns of the covering index IDX_bookings_desk_window (plus the id it carries).
      .select(['b.id', 'b.deskId', 'b.startsAt', 'b.endsAt', 'b.cancelledAt', 'b.userId', 'b.visibleToColleagues'])
      .where('b.deskId IN (:...deskIds)', { deskIds })
      .andWhere('b.cancelledAt IS NULL')
      .andWhere('b.startsAt >= :lower', { lower: new Date(from.getTime() - MAX_BOOKING_SPAN_MS) })
      .andWhere('b.startsAt < :to', { to })
      .andWhere('b.endsAt > :from', { from })
      .orderBy('b.startsAt', 'ASC')
      .getMany();
  }

  /** The caller's bookings starting in [from, to), cancelled ones included. */
  mine(userId: string, from: Date, to: Date): Promise<Booking[]> {
    return this.bookings
      .createQueryBuilder('b')
      .where('b.userId = :userId', { userId })
      .andWhere('b.tenantId = :tenantId', { tenantId: currentTenantId() })
      .andWhere('b.startsAt >= :from', { from })
      .andWhere('b.startsAt < :to', { to })
      .orderBy('b.startsAt', 'ASC')
      .getMany();
  }

  findByIdempotencyKey(userId: string, key: string): Promise<Booking | null> {
    return this.bookings.findOneBy({ userId, idempotencyKey: key, tenantId: currentTenantId() });
  }
}
