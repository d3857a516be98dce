import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { And, In, LessThan, LessThanOrEqual, MoreThanOrEqual, Repository, type EntityManager } from 'typeorm';
import { chunksOf } from '../common/collections.js';
import { Dialect } from '../database/dialect.js';
import { executeWrite as execute, placeholders, quoter } from '../database/raw-sql.js';
import { Booking } from './entities/booking.entity.js';

/** Where a person's window was left: their bookings from this start on are still to be read. */
export interface WindowResumePoint {
  userId: string;
  /** As the driver returned it, so it goes back unchanged. */
  startsAt: unknown;
}

/** Where the read of ended bookings was left, in (endsAt, id) order. */
export interface EndedResumePoint {
  endsAt: Date;
  id: string;
}

/**
 * The bookings table as the anonymization sweep, erasure and the tenant export read and change it
 * (DESIGN.md "Anonymization periods"): by an explicit tenant, not a request's, in the caller's
 * transaction where they write. Which bookings are due and in which order is the anonymization feature's; the
 * queries keep to the indexes it relies on (IDX_bookings_user_window, IDX_bookings_tenant_ends).
 */
@Injectable()
export class BookingsDataRepository {
  constructor(
    @InjectRepository(Booking) private readonly bookings: Repository<Booking>,
    private readonly dialect: Dialect,
  ) {}

  /** How many of the tenant's bookings ended by the cutoff. */
  countEndedBy(tenantId: string, cutoff: Date): Promise<number> {
    return this.bookings.countBy({ tenantId, endsAt: LessThanOrEqual(cutoff) });
  }

  /** How many bookings of these people started before and ended by the cutoff. */
  countOfPeopleEndedBy(people: string[], cutoff: Date): Promise<number> {
    return this.ofPeopleEndedBy(people, cutoff).getCount();
  }

  /**
   * The next `limit` bookings of these people (and of `resume`'s person from its start on) that
   * started before and ended by the cutoff, in (userId, startsAt) order: startsAt < cutoff keeps the
   * read on each person's index range.
   */
  pageOfPeopleEndedBy(
    people: string[],
    cutoff: Date,
    resume: WindowResumePoint | undefined,
    limit: number,
  ): Promise<({ id: string } & WindowResumePoint)[]> {
    return this.ofPeopleEndedBy(people, cutoff, resume)
      .select(['b.id AS id', 'b.userId AS userId', 'b.startsAt AS startsAt'])
      .orderBy('b.userId')
      .addOrderBy('b.startsAt')
      .limit(limit)
      .getRawMany<{ id: string } & WindowResumePoint>();
  }

  /** The next `limit` of the tenant's bookings that ended by the cutoff, after `after`, in (endsAt, id) order. */
  pageEndedBy(tenantId: string, cutoff: Date, after: EndedResumePoint | null, limit: number): Promise<EndedResumePoint[]> {
    const query = this.bookings
      .createQueryBuilder('b')
      .select(['b.id', 'b.endsAt'])
      .where('b.tenantId = :tenantId', { tenantId })
      .andWhere('b.endsAt <= :cutoff', { cutoff })
      .orderBy('b.endsAt', 'ASC')
      .addOrderBy('b.id', 'ASC')
      .limit(limit);
    if (after)
      query.andWhere('(b.endsAt > :afterEnd OR (b.endsAt = :afterEnd AND b.id > :afterId))', {
        afterEnd: after.endsAt,
        afterId: after.id,
      });
    return query.getMany();
  }

  /**
   * The next `limit` of the tenant's bookings after `after`, in (endsAt, id) order: keyset pages on
   * a range of IDX_bookings_tenant_ends (paged by id alone, SQLite sorted all of the tenant's bookings
   * again for every page).
   */
  pageOfTenant(tenantId: string, after: EndedResumePoint | null, limit: number): Promise<Booking[]> {
    const query = this.bookings.createQueryBuilder('b').where('b.tenantId = :tenantId', { tenantId });
    if (after) query.andWhere('b.endsAt >= :endsAt AND (b.endsAt > :endsAt OR b.id > :id)', { endsAt: after.endsAt, id: after.id });
    return query.orderBy('b.endsAt', 'ASC').addOrderBy('b.id', 'ASC').limit(limit).getMany();
  }

  /**
   * Anonymizes these bookings: each keeps tenant, desk, times, check-in and cancellation and its
   * createdAt truncated to the day, and loses the person, their visibility choice and the ceiling
   * derived from it, its series (which would link it to the person's other bookings), the staff member
   * who booked it for them and staff's cancellation note. Rows anonymized before are left alone. Returns how many rows changed.
   */
  anonymize(m: EntityManager, ids: string[], now: Date): Promise<number> {
    const q = quoter(m);
    const anonymizedAt: unknown = m.connection.driver.preparePersistentValue(
      now,
      m.connection.getMetadata(Booking).findColumnWithPropertyName('anonymizedAt')!,
    );
    return execute(
      m,
      `UPDATE ${q('bookings')} SET ${q('userId')} = NULL, ${q('visibleToColleagues')} = NULL, ${q('visibilityCeiling')} = NULL, ${q('seriesId')} = NULL, ${q('bookedById')} = NULL, ${q('cancelNote')} = NULL, ${q('anonymizedAt')} = ?, ${q('createdAt')} = ${this.dialect.startOfDay(q('createdAt'))}
       WHERE ${q('id')} IN (${placeholders(ids)}) AND ${q('anonymizedAt')} IS NULL`,
      [anonymizedAt, ...ids],
    );
  }

  /** Deletes these bookings; returns how many rows went. */
  delete(m: EntityManager, ids: string[]): Promise<number> {
    const q = quoter(m);
    return execute(m, `DELETE FROM ${q('bookings')} WHERE ${q('id')} IN (${placeholders(ids)})`, ids);
  }

  private ofPeopleEndedBy(people: string[], cutoff: Date, resume?: WindowResumePoint) {
    const whose = [
      ...(resume ? ['(b.userId = :resumeUser AND b.startsAt >= :resumeStart)'] : []),
      ...(people.length > 0 ? ['b.userId IN (:...people)'] : []),
    ];
    return this.bookings
      .createQueryBuilder('b')
      .where(`(${whose.join(' OR ')})`, { people, resumeUser: resume?.userId, resumeStart: resume?.startsAt })
      .andWhere('b.startsAt < :cutoff', { cutoff })
      .andWhere('b.endsAt <= :cutoff', { cutoff });
  }

  /**
   * The bookings of these desks that start in [from, to), times and outcome only, never the person:
   * what utilization analytics count. Reads each desk's range of IDX_bookings_desk_span.
   */
  async outcomesOnDesks(deskIds: readonly string[], from: Date, to: Date): Promise<BookingOutcome[]> {
    const rows: BookingOutcome[] = [];
    for (const part of chunksOf([...deskIds], 500)) {
      rows.push(
        ...(await this.bookings.find({
          where: { deskId: In(part), startsAt: And(MoreThanOrEqual(from), LessThan(to)) },
          select: { deskId: true, startsAt: true, endsAt: true, checkedInAt: true, cancelledAt: true, cancelReason: true, createdAt: true },
        })),
      );
    }
    return rows;
  }

  /** When the first booking of these desks starts (null: none). */
  async firstStartOnDesks(deskIds: readonly string[]): Promise<Date | null> {
    let first: Date | null = null;
    for (const part of chunksOf([...deskIds], 500)) {
      const row = await this.bookings.findOne({ where: { deskId: In(part) }, select: { startsAt: true }, order: { startsAt: 'ASC' } });
      if (row && (!first || row.startsAt < first)) first = row.startsAt;
    }
    return first;
  }
}

/** A booking as analytics see it. */
export type BookingOutcome = Pick<Booking, 'deskId' | 'startsAt' | 'endsAt' | 'checkedInAt' | 'cancelledAt' | 'cancelReason' | 'createdAt'>;
