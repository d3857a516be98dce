import { Injectable } from '@nestjs/common';
import { Mutex } from 'async-mutex';
import { BookingsDataRepository, type EndedResumePoint, type WindowResumePoint } from '../bookings/bookings-data.repository.js';
import { chunksOf } from '../common/collections.js';
import { AccountsRepository } from '../users/accounts.repository.js';
import { dueCutoff, type Retention } from './retention.js';

/** People whose windows one due-bookings query reads (an IN list). */
const PEOPLE_PER_QUERY = 200;

/** Hands out a worker's next chunk of due booking ids; [] once it has none left. */
export type ChunkSource = () => Promise<string[]>;

/** A tenant's due bookings (DESIGN.md "Anonymization periods"): counted for the status, handed out to the sweep. */
@Injectable()
export class DueBookings {
  constructor(
    private readonly bookings: BookingsDataRepository,
    private readonly accounts: AccountsRepository,
  ) {}

  /** How many bookings are due now: the status endpoint's `due`. */
  async count(tenantId: string, retention: Retention, now: Date): Promise<number> {
    const cutoff = dueCutoff(now, retention.afterDays);
    if (retention.mode === 'delete') return this.bookings.countEndedBy(tenantId, cutoff);
    let due = 0;
    for (const people of chunksOf(await this.peopleOf(tenantId), PEOPLE_PER_QUERY))
      due += await this.bookings.countOfPeopleEndedBy(people, cutoff);
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
    let resume: WindowResumePoint | undefined;
    return async () => {
      while (people) {
        const rows = await this.bookings.pageOfPeopleEndedBy(people, cutoff, resume, chunkSize);
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
    let after: EndedResumePoint | null = null;
    return () =>
      reading.runExclusive(async () => {
        const rows = await this.bookings.pageEndedBy(tenantId, cutoff, after, chunkSize);
        if (rows.length > 0) after = rows[rows.length - 1];
        return rows.map((r) => r.id);
      });
  }

  /** The tenant's people, in index order (the order dueBatches reads their windows in). */
  private async peopleOf(tenantId: string): Promise<string[]> {
    return (await this.accounts.idsInTenant(tenantId)).sort();
  }
}
