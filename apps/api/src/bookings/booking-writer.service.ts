import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { In, IsNull, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { chunksOf, groupBy } from '../common/collections.js';
import { Dialect } from '../database/dialect.js';
import { PreparedInsert } from '../database/prepared-insert.js';
import { DesksRepository } from '../places/places.repositories.js';
import type { TenantSettings } from '../tenants/settings.js';
import { UsersRepository } from '../users/users.repository.js';
import { MAX_BOOKING_SPAN_MS } from './bookings.repository.js';
import { Booking } from './entities/booking.entity.js';
import { visibilityCeiling } from './visibility.js';

/** Rows a statement: small enough that one insert holds SQLite's synchronous driver (and the event loop) only briefly. */
export const INSERT_BATCH = 200;
const STAMP_CHUNK = 1_000;
/** Every column of a booking row: `buildRow` sets them all. */
const BOOKING_COLUMNS = [
  'id',
  'tenantId',
  'deskId',
  'userId',
  'startsAt',
  'endsAt',
  'visibleToColleagues',
  'visibilityCeiling',
  'checkedInAt',
  'cancelledAt',
  'cancelReason',
  'cancelNote',
  'seriesId',
  'bookedById',
  'anonymizedAt',
  'createdAt',
] as const satisfies readonly (keyof Booking)[];

/** What a booking is kept apart by: its desk, and its person. */
export type BookingKey = 'deskId' | 'userId';
export type BookingSpan = Pick<Booking, 'startsAt' | 'endsAt'>;
/** A booking as a block lists it: no person. */
export type BookingOnDesk = Pick<Booking, 'id' | 'deskId' | 'startsAt' | 'endsAt'>;
/** Called between statements of a long write (the import yields the event loop there). */
export type Pause = () => Promise<void>;
const noPause: Pause = () => Promise.resolve();

export interface NewBooking {
  tenantId: string;
  deskId: string;
  /** Null for an imported row that names nobody: it is anonymous from the start. */
  userId: string | null;
  startsAt: Date;
  endsAt: Date;
  /** The booker's choice; the tenant's default when not given. */
  visibleToColleagues?: boolean;
  checkedInAt?: Date | null;
  /** Shared by the occurrences of one recurring or multi-day booking. */
  seriesId?: string | null;
  /** The staff member booking for the person, when it is not the person. */
  bookedById?: string | null;
}

/**
 * The one way bookings are written: booking a desk, the import, and erasure (which must not let a
 * booking of the person slip in) all go through it, inside their own transaction.
 *
 * Integrity lives in the database (DESIGN.md "Integrity"): the writer locks the desks and then the
 * people involved – always in that order, ids ascending – and only then reads the overlaps, with
 * a locking read, so concurrent writers on any number of instances cannot double-book a desk or a
 * person, and cannot deadlock on each other's locks either.
 */
@Injectable()
export class BookingWriter {
  constructor(
    private readonly dialect: Dialect,
    private readonly desks: DesksRepository,
    private readonly users: UsersRepository,
  ) {}

  /**
   * Locks the desks, then the people, until the transaction ends. With `stamp`, the people's rows
   * are locked by stamping them (`stampBookingsAdded`): one statement instead of two.
   */
  async lockParticipants(
    m: EntityManager,
    deskIds: Iterable<string>,
    userIds: Iterable<string>,
    { stamp = false }: { stamp?: boolean } = {},
  ): Promise<void> {
    await this.desks.lockForUpdate(m, deskIds);
    if (stamp) await this.stampBookingsAdded(m, userIds);
    else await this.users.lockForUpdate(m, userIds);
  }

  /**
   * Stamps the people a booking was just added for (users.bookingAddedAt): floor availability on every
   * instance reads their own bookings fresh for a while (mayHaveUnseenBookings). Rolled back with the
   * bookings if they are refused. Rows are updated in id order, as `lockParticipants` locks them.
   */
  async stampBookingsAdded(m: EntityManager, userIds: Iterable<string>): Promise<void> {
    const now = new Date();
    for (const part of chunksOf([...new Set(userIds)].sort(), STAMP_CHUNK)) {
      await this.users.stampBookingAdded(m, part, now);
    }
  }

  /** Whether an active booking of this desk (or by this person) overlaps [from, to). */
  async hasOverlap(m: EntityManager, column: BookingKey, key: string, from: Date, to: Date): Promise<boolean> {
    return (await this.overlapQuery(m, column, key, from, to).select('b.id').limit(1).getOne()) !== null;
  }

  /** The active bookings of this desk (or by this person) overlapping [from, to), by start. */
  overlapping(m: EntityManager, column: BookingKey, key: string, from: Date, to: Date): Promise<BookingSpan[]> {
    return this.overlapQuery(m, column, key, from, to).select(['b.startsAt', 'b.endsAt']).orderBy('b.startsAt', 'ASC').getMany();
  }

  /**
   * The active bookings of these desks overlapping [from, to), with a locking read (see
   * `overlapQuery`), by start: what a block over these desks would cancel. Lock the desks
   * first, so a booking racing the block has either committed (and is found) or waits for it.
   */
  async activeOnDesks(m: EntityManager, deskIds: readonly string[], from: Date, to: Date): Promise<BookingOnDesk[]> {
    const found: BookingOnDesk[] = [];
    for (const part of chunksOf([...new Set(deskIds)].sort(), STAMP_CHUNK)) {
      const rows = await this.dialect
        .readLatest(
          m
            .createQueryBuilder(Booking, 'b')
            .where('b.deskId IN (:...part)', { part })
            .andWhere('b.cancelledAt IS NULL')
            .andWhere('b.startsAt >= :lower', { lower: new Date(from.getTime() - MAX_BOOKING_SPAN_MS) })
            .andWhere('b.startsAt < :to', { to })
            .andWhere('b.endsAt > :from', { from }),
        )
        .select(['b.id', 'b.deskId', 'b.startsAt', 'b.endsAt'])
        .getMany();
      found.push(...rows);
    }
    return found.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.deskId.localeCompare(b.deskId));
  }

  /** Cancels these active bookings as staff did (`admin`), with the note the person reads; how many. */
  async cancelByStaff(m: EntityManager, tenantId: string, ids: readonly string[], note: string, now: Date): Promise<number> {
    let cancelled = 0;
    for (const part of chunksOf([...ids], STAMP_CHUNK)) {
      const result = await m.update(
        Booking,
        { tenantId, id: In(part), cancelledAt: IsNull() },
        { cancelledAt: now, cancelReason: 'admin', cancelNote: note },
      );
      cancelled += result.affected ?? 0;
    }
    return cancelled;
  }

  /**
   * The proposed bookings that overlap an active booking of the same desk (or person): one range
   * read per key. Active bookings of one key never overlap each other, so sorted by start, the one
   * that starts last before a proposed booking ends is its only candidate (a binary search).
   * Rows whose key is null (an imported booking without a person) are not checked.
   */
  async conflicting<R extends BookingSpan>(
    m: EntityManager,
    column: BookingKey,
    rows: readonly R[],
    keyOf: (row: R) => string | null,
    pause: Pause = noPause,
  ): Promise<R[]> {
    const conflicts: R[] = [];
    // Grouping every row is one step that cannot give way: start it on a fresh turn.
    await pause();
    for (const [key, group] of groupBy(rows, keyOf)) {
      await pause();
      const from = new Date(group.reduce((min, r) => Math.min(min, r.startsAt.getTime()), Infinity));
      const to = new Date(group.reduce((max, r) => Math.max(max, r.endsAt.getTime()), -Infinity));
      const existing = await this.overlapping(m, column, key, from, to);
      if (existing.length === 0) continue;
      for (const r of group) {
        let lo = 0;
        let hi = existing.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (existing[mid].startsAt < r.endsAt) lo = mid + 1;
          else hi = mid;
        }
        const candidate = existing[lo - 1];
        if (candidate && candidate.endsAt > r.startsAt) conflicts.push(r);
      }
    }
    return conflicts;
  }

  /**
   * The single overlap query. A locking read where the database has row locks: it sees the newest
   * committed bookings, not the transaction's snapshot (which may predate the locks above). The lower
   * bound on startsAt keeps it on one key's recent window of its index (MAX_BOOKING_SPAN_MS).
   */
  private overlapQuery(m: EntityManager, column: BookingKey, key: string, from: Date, to: Date): SelectQueryBuilder<Booking> {
    return this.dialect.readLatest(
      m
        .createQueryBuilder(Booking, 'b')
        .where(`b.${column} = :key`, { key })
        .andWhere('b.cancelledAt IS NULL')
        .andWhere('b.startsAt >= :lower', { lower: new Date(from.getTime() - MAX_BOOKING_SPAN_MS) })
        .andWhere('b.startsAt < :to', { to })
        .andWhere('b.endsAt > :from', { from }),
    );
  }

  /**
   * A new booking row made `now` under the tenant's privacy settings of now: the booker's visibility
   * choice (or the tenant's default) and the ceiling that setting promises (visibility.ts). A row
   * that names nobody is anonymous from the start.
   */
  buildRow(input: NewBooking, privacy: Pick<TenantSettings['privacy'], 'bookingVisibility' | 'userChoiceDefault'>, now: Date): Booking {
    const visible = input.userId === null ? null : (input.visibleToColleagues ?? privacy.userChoiceDefault);
    return Object.assign(new Booking(), {
      id: randomUUID(),
      tenantId: input.tenantId,
      deskId: input.deskId,
      userId: input.userId,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      visibleToColleagues: visible,
      visibilityCeiling: visible === null ? null : visibilityCeiling(privacy.bookingVisibility, visible),
      checkedInAt: input.checkedInAt ?? null,
      cancelledAt: null,
      cancelReason: null,
      cancelNote: null,
      seriesId: input.userId === null ? null : (input.seriesId ?? null),
      bookedById: input.userId === null ? null : (input.bookedById ?? null),
      anonymizedAt: input.userId === null ? now : null,
      createdAt: now,
    });
  }

  /** Inserts rows from `buildRow`, a few hundred a statement; every column is given, nothing is read back. */
  async insert(m: EntityManager, rows: readonly Booking[], pause: Pause = noPause): Promise<void> {
    const insert = new PreparedInsert(m, Booking, BOOKING_COLUMNS);
    for (const part of chunksOf(rows, INSERT_BATCH)) {
      await insert.run(m, part);
      await pause();
    }
  }
}
