import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Mutex } from 'async-mutex';
import { LessThanOrEqual, Repository } from 'typeorm';
import { Booking } from '../bookings/entities/booking.entity.js';
import { chunksOf } from '../common/collections.js';
import { User } from '../users/entities/user.entity.js';
import { dueCutoff, type Retention } from './retention.js';

/** People whose windows one due-bookings query reads (an IN list). */
const PEOPLE_PER_QUERY = 200;

/** Hands out a worker's next chunk of due booking ids; [] once it has none left. */
export type ChunkSource = () => Promise<string[]>;

/** Where a person's window was left: their bookings from this start on are still to be read. */
interface ResumePoint {
  userId: string;
  /** As the driver returned it, so it goes back unchanged. */
  startsAt: unknown;
}

/** A tenant's due bookings (DESIGN.md "Anonymization periods"): counted for the status, handed out to the sweep. */
@Injectable()
export class DueBookings {
  constructor(
    @InjectRepository(Booking) private readonly bookings: Repository<Booking>,
    @InjectRepository(User) private readonly users: Repository<User>,
  ) {}

  /** How many bookings are due now: the status endpoint's `due`. */
  async count(tenantId: string, retention: Retention, now: Date): Promise<number> {
    const cutoff = dueCutoff(now, retention.afterDays);
    if (retention.mode === 'delete') return this.bookings.countBy({ tenantId, endsAt: LessThanOrEqual(cutoff) });
    let due = 0;
    for (const people of chunksOf(await this.peopleOf(tenantId), PEOPLE_PER_QUERY))
      due += await this.identifiedDue(people, cutoff).getCount();
    return due;
  }

  /**
   * For each of `parallel` workers, a function that hands out its next chunk of due booking ids
   * ([] once it has none left); a worker asks for the next chunk once its last one committed.
   * - `anonymize`: bookings that still name a person, read through each person's window
   *   (IDX_bookings_user_window: userId, then startsAt < cutoff). An anonymized row leaves that
   *   index, so no run reads the anonymized history again, and anonymizing moves no other index
   *   entry. The people are the tenant's, so their bookings are too. Each worker has its own groups
   *   of people, read in index order (userId): a person whose window was read to the end is not read
   *   again in this run, and what a worker reads was committed by it, never handed to another.
   * - `delete`: every booking that ended by the cutoff (IDX_bookings_tenant_ends), rows anonymized
   *   earlier (by erasure, or under the anonymize mode before) included, shared by the workers
   *   through a cursor on (endsAt, id) that never goes back.
   */
  async chunkSources(tenantId: string, retention: Retention, now: Date, chunkSize: number, parallel: number): Promise<ChunkSource[]> {
    const cutoff = dueCutoff(now, retention.afterDays);
    if (retention.mode === 'delete') {
      const next = this.endedCursor(tenantId, cutoff, chunkSize);
      return Array.from({ length: parallel }, () => next);
    }
    const people = await this.peopleOf(tenantId);
    // Groups small enough that every worker gets several (they finish close together).
    const groups = chunksOf(people, Math.max(1, Math.min(PEOPLE_PER_QUERY, Math.ceil(people.length / (parallel * 4)))));
    return Array.from({ length: parallel }, (_, worker) =>
      this.identifiedCursor(
        groups.filter((_, i) => i % parallel === worker),
        cutoff,
        chunkSize,
      ),
    );
  }

  /** Due bookings that still name one of these people, a chunk at a time, group after group. */
  private identifiedCursor(groups: string[][], cutoff: Date, chunkSize: number): ChunkSource {
    let people = groups.shift();
    let resume: ResumePoint | undefined;
    return async () => {
      while (people) {
        const rows = await this.identifiedDue(people, cutoff, resume)
          .select(['b.id AS id', 'b.userId AS userId', 'b.startsAt AS startsAt'])
          .orderBy('b.userId')
          .addOrderBy('b.startsAt')
          .limit(chunkSize)
          .getRawMany<{ id: string } & ResumePoint>();
        if (rows.length === chunkSize) {
          // Everyone before the last person read is done; that person may have more, from where
          // this read stopped. Their window starts there, not at their first booking: the entries
          // this run anonymized stay in the index as old versions until InnoDB purges them, and a
          // read from the start would step through all of them again (most of a read's time).
          const last = rows[rows.length - 1];
          people = people.filter((id) => id > last.userId);
          resume = { userId: last.userId, startsAt: last.startsAt };
        } else {
          people = groups.shift();
          resume = undefined;
        }
        if (rows.length > 0) return rows.map((r) => r.id);
      }
      return [];
    };
  }

  /** Bookings that ended by the cutoff, in (endsAt, id) order, a chunk at a time; one caller at a time. */
  private endedCursor(tenantId: string, cutoff: Date, chunkSize: number): ChunkSource {
    const reading = new Mutex();
    let after: { endsAt: Date; id: string } | null = null;
    return () =>
      reading.runExclusive(async () => {
        const query = this.bookings
          .createQueryBuilder('b')
          .select(['b.id', 'b.endsAt'])
          .where('b.tenantId = :tenantId', { tenantId })
          .andWhere('b.endsAt <= :cutoff', { cutoff })
          .orderBy('b.endsAt', 'ASC')
          .addOrderBy('b.id', 'ASC')
          .limit(chunkSize);
        if (after)
          query.andWhere('(b.endsAt > :afterEnd OR (b.endsAt = :afterEnd AND b.id > :afterId))', {
            afterEnd: after.endsAt,
            afterId: after.id,
          });
        const rows = await query.getMany();
        if (rows.length > 0) after = rows[rows.length - 1];
        return rows.map((r) => r.id);
      });
  }

  /** The tenant's people, in index order (the order dueBatches reads their windows in). */
  private async peopleOf(tenantId: string): Promise<string[]> {
    const users = await this.users.find({ select: { id: true }, where: { tenantId } });
    return users.map((u) => u.id).sort();
  }

  /**
   * Bookings of these people that are due (and of `resume`'s person from its start on): startsAt <
   * cutoff keeps the read on the index range.
   */
  private identifiedDue(people: string[], cutoff: Date, resume?: ResumePoint) {
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
}
