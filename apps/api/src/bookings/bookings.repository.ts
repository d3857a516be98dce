import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type EntityManager } from 'typeorm';
import { TenantScopedRepository } from '../common/tenancy/tenant-scoped.repository.js';
import { currentTenantId } from '../common/tenancy/tenant-context.js';
import { Dialect } from '../database/dialect.js';
import { PreparedSelect, type PreparedFields } from '../database/prepared-select.js';
import { BookingIdempotencyKey, IDEMPOTENCY_KEY_TTL_MS } from './entities/booking-idempotency-key.entity.js';
import { Booking } from './entities/booking.entity.js';

/**
 * Bookings last at most one (local) day, so any booking overlapping [from, to) starts after
 * from - 24 h: that lower bound keeps overlap queries on one desk's (or person's) recent window
 * of the (deskId, startsAt) / (userId, startsAt) indexes instead of their whole history.
 */
export const MAX_BOOKING_SPAN_MS = 24 * 3_600_000;

/** Query bounds of the bookings overlapping [from, to): they start in [from - MAX_BOOKING_SPAN_MS, to) and end after `from`. */
function windowBounds(from: Date, to: Date) {
  return { lower: new Date(from.getTime() - MAX_BOOKING_SPAN_MS), to, from };
}

function byStart(bookings: BookingWindow[]): BookingWindow[] {
  return bookings.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

/** What floor availability needs of a booking. */
export type BookingWindow = Pick<Booking, 'id' | 'deskId' | 'userId' | 'startsAt' | 'endsAt' | 'visibleToColleagues' | 'visibilityCeiling'>;
const WINDOW_FIELDS: PreparedFields<BookingWindow> = {
  id: 'b.id',
  deskId: 'b.deskId',
  userId: 'b.userId',
  startsAt: 'b.startsAt',
  endsAt: 'b.endsAt',
  visibleToColleagues: 'b.visibleToColleagues',
  visibilityCeiling: 'b.visibilityCeiling',
};

/** A booking an earlier request with the same Idempotency-Key made. */
export interface IdempotentBooking {
  booking: Booking;
  /** Null for keys stored before requests were hashed. */
  requestHash: string | null;
}

@Injectable()
export class BookingsRepository extends TenantScopedRepository<Booking> {
  private readonly desksWindows: PreparedSelect<BookingWindow>;
  private readonly personWindows: PreparedSelect<BookingWindow>;

  constructor(
    @InjectRepository(Booking) private readonly bookings: Repository<Booking>,
    private readonly dialect: Dialect,
  ) {
    super(bookings, Booking, 'Booking');
    this.desksWindows = this.activeWindows('b.deskId IN (:...deskIds)');
    this.personWindows = this.activeWindows('b.userId = :userId');
  }

  /**
   * Active bookings of these desks overlapping [from, to). The desk ids are listed (not joined
   * through desks.floorId) so the database reads one (deskId, startsAt) range per desk: with a join,
   * MariaDB matched on deskId alone and scanned each desk's whole history. The desks come from the
   * caller's tenant, which scopes the bookings too.
   *
   * Plain rows from a PreparedSelect, not entities: hydrating a floor's day of Booking entities cost
   * more CPU than the query itself. Sorted by startsAt here rather than with ORDER BY, which made
   * MariaDB add a filesort.
   */
  async activeOnDesks(deskIds: readonly string[], from: Date, to: Date): Promise<BookingWindow[]> {
    if (deskIds.length === 0) return [];
    return byStart(await this.desksWindows.run({ deskIds, ...windowBounds(from, to) }));
  }

  /** One person's active bookings overlapping [from, to), read from their window (IDX_bookings_user_window). */
  async activeOfUser(userId: string, from: Date, to: Date): Promise<BookingWindow[]> {
    return byStart(await this.personWindows.run({ userId, ...windowBounds(from, to) }));
  }

  private activeWindows(where: string): PreparedSelect<BookingWindow> {
    const query = this.bookings
      .createQueryBuilder('b')
      .where(where)
      .andWhere('b.cancelledAt IS NULL')
      .andWhere('b.startsAt >= :lower')
      .andWhere('b.startsAt < :to')
      .andWhere('b.endsAt > :from');
    return new PreparedSelect<BookingWindow>(query, WINDOW_FIELDS);
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

  /** The bookings of one series in the caller's tenant (cancelled ones included), by start. */
  ofSeries(seriesId: string): Promise<Pick<Booking, 'id' | 'userId' | 'deskId' | 'startsAt' | 'endsAt' | 'cancelledAt'>[]> {
    return this.bookings.find({
      where: { seriesId, tenantId: currentTenantId() },
      select: { id: true, userId: true, deskId: true, startsAt: true, endsAt: true, cancelledAt: true },
      order: { startsAt: 'ASC' },
    });
  }

  /**
   * A person's bookings starting in [from, to), cancelled ones included, by an explicit tenant (the
   * calendar feed has no session): one read of the person's window (IDX_bookings_user_window).
   */
  ofPerson(tenantId: string, userId: string, from: Date, to: Date): Promise<Booking[]> {
    return this.bookings
      .createQueryBuilder('b')
      .where('b.userId = :userId', { userId })
      .andWhere('b.tenantId = :tenantId', { tenantId })
      .andWhere('b.startsAt >= :from', { from })
      .andWhere('b.startsAt < :to', { to })
      .orderBy('b.startsAt', 'ASC')
      .getMany();
  }

  /**
   * The active bookings of these people overlapping [from, to), for the colleague search: not
   * cancelled, not anonymized (an anonymized row has no person anyway), in this tenant. Only rows
   * whose ceiling allows showing the person at all are read; visibility.ts decides the rest.
   */
  async activeOfPeople(tenantId: string, userIds: readonly string[], from: Date, to: Date): Promise<BookingWindow[]> {
    if (userIds.length === 0) return [];
    const { lower } = windowBounds(from, to);
    const rows = await this.bookings
      .createQueryBuilder('b')
      .select(['b.id', 'b.deskId', 'b.userId', 'b.startsAt', 'b.endsAt', 'b.visibleToColleagues', 'b.visibilityCeiling'])
      .where('b.userId IN (:...userIds)', { userIds: [...new Set(userIds)] })
      .andWhere('b.tenantId = :tenantId', { tenantId })
      .andWhere('b.cancelledAt IS NULL')
      .andWhere('b.anonymizedAt IS NULL')
      .andWhere("b.visibilityCeiling = 'shown'")
      .andWhere('b.startsAt >= :lower', { lower })
      .andWhere('b.startsAt < :to', { to })
      .andWhere('b.endsAt > :from', { from })
      .getMany();
    return byStart(rows);
  }

  /**
   * The booking a person's earlier request with this Idempotency-Key made, and the hash of that
   * request, if the key is still kept (IDEMPOTENCY_KEY_TTL_MS). With `m`, read inside that
   * transaction with a shared lock (the newest committed key, kept until the transaction ends).
   */
  async findByIdempotencyKey(userId: string, key: string, now: Date, m?: EntityManager): Promise<IdempotentBooking | null> {
    const manager = m ?? this.bookings.manager;
    const query = manager
      .createQueryBuilder(BookingIdempotencyKey, 'k')
      .where('k.userId = :userId', { userId })
      .andWhere('k.idempotencyKey = :key', { key })
      .andWhere('k.createdAt > :since', { since: new Date(now.getTime() - IDEMPOTENCY_KEY_TTL_MS) });
    const earlier = await (m ? this.dialect.readLatest(query, 'shared') : query).getOne();
    if (!earlier) return null;
    const booking = await manager.findOneBy(Booking, { id: earlier.bookingId, tenantId: currentTenantId() });
    return booking ? { booking, requestHash: earlier.requestHash } : null;
  }

  /** Remembers the key for the booking it made; an expired key of the same text is replaced. */
  async rememberIdempotencyKey(
    m: EntityManager,
    userId: string,
    key: string,
    requestHash: string,
    bookingId: string,
    now: Date,
  ): Promise<void> {
    await m.delete(BookingIdempotencyKey, { userId, idempotencyKey: key });
    await m.insert(BookingIdempotencyKey, { userId, idempotencyKey: key, requestHash, bookingId, createdAt: now });
  }
}
