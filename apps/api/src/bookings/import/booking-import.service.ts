import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { In, type EntityManager } from 'typeorm';
import { AnonymizationService } from '../../anonymization/anonymization.service.js';
import { AuditService } from '../../audit/audit.service.js';
import { chunksOf, groupBy } from '../../common/collections.js';
import { createEventLoopPause } from '../../common/event-loop.js';
import type { Principal } from '../../common/context/request-context.js';
import { ValidationFailedError } from '../../common/errors/domain-error.js';
import { ServiceUnavailableError } from '../../common/errors/service-unavailable.js';
import { APP_LOGGER } from '../../common/logging/logger.module.js';
import { PreparedInsert } from '../../database/prepared-insert.js';
import { TransactionRunner } from '../../database/transaction-runner.js';
import { Desk } from '../../places/entities/desk.entity.js';
import { Floor } from '../../places/entities/floor.entity.js';
import { Tenant } from '../../tenants/entities/tenant.entity.js';
import { resolveSettings } from '../../tenants/settings.js';
import { User } from '../../users/entities/user.entity.js';
import { MAX_BOOKING_SPAN_MS } from '../bookings.repository.js';
import { Booking } from '../entities/booking.entity.js';
import { visibilityCeiling } from '../visibility.js';
import {
  MAX_IMPORT_ROWS,
  MAX_REPORTED_ERRORS,
  overlapsWithinGroup,
  refuseFile,
  rowError,
  rowsOfBody,
  validateRow,
  type ImportRow,
  type RowError,
} from './import-rows.js';
import { importProblem } from './import-problems.js';

/** Small enough that one insert holds SQLite's synchronous driver (and the event loop) only briefly. */
const INSERT_CHUNK = 200;
/** Every column of a booking: an imported row is complete, nothing is left to defaults. */
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
  'anonymizedAt',
  'createdAt',
] as const satisfies readonly (keyof Booking)[];
const LOOKUP_CHUNK = 1_000;

export interface ImportResult {
  imported: number;
  /** False when the anonymization run could not be queued: the rows are in, the next scheduled sweep handles them. */
  anonymizationQueued: boolean;
}

interface ResolvedRow extends ImportRow {
  deskId: string;
  userId: string | null;
}

function reject(errors: RowError[]): never {
  const sorted = [...errors].sort((a, b) => a.row - b.row);
  const shown = sorted.slice(0, MAX_REPORTED_ERRORS);
  const more = sorted.length > shown.length ? ` (the first ${shown.length} are listed)` : '';
  throw new ValidationFailedError(
    shown.map((e) => ({ ...e, field: `rows[${e.row}].${e.field}` })),
    `${sorted.length} problem${sorted.length === 1 ? '' : 's'} in the file${more}; nothing was imported`,
  );
}

/**
 * Brings booking history from another system: every row is checked (shape, desk, person, overlaps
 * within the file and with existing bookings) and the file is imported whole or not at all.
 * Past bookings are the point; rows already due under the retention period are anonymized by the
 * sweep this import queues.
 */
@Injectable()
export class BookingImportService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
    private readonly anonymization: AnonymizationService,
    @Inject(APP_LOGGER) private readonly logger: Logger,
  ) {}

  async import(principal: Principal, body: unknown, now = new Date()): Promise<ImportResult> {
    // Other requests (and tenants) are served in between: see createEventLoopPause.
    const pause = createEventLoopPause();
    const raw = this.rows(body);
    const errors: RowError[] = [];
    const valid: ImportRow[] = [];
    for (const [i, r] of raw.entries()) {
      const row = validateRow(r, i + 1, errors);
      if (row) valid.push(row);
      await pause();
    }

    // On SQLite every request shares the one connection: pausing inside the transaction is safe because
    // every write goes through TransactionRunner, whose queue holds other writers until this commits
    // (reads in between see the file's rows early; by then every check has passed).
    const imported = await this.tx.run(async (m) => {
      const tenant = await m.findOneByOrFail(Tenant, { id: principal.tenantId });
      // Every problem of the file in one answer: shape, unknown desks and people, then overlaps
      // among the rows that could be resolved.
      const rows = await this.resolve(m, principal.tenantId, valid, errors, pause);
      for (const group of groupBy(rows, (r) => r.deskId).values()) {
        errors.push(...overlapsWithinGroup(group, 'deskId', 'DESK_TWICE_IN_FILE'));
        await pause();
      }
      for (const group of groupBy(rows, (r) => r.userId).values()) {
        errors.push(...overlapsWithinGroup(group, 'userEmail', 'PERSON_TWICE_IN_FILE'));
        await pause();
      }
      await this.lockAndCheckExisting(m, rows, errors, pause);
      if (errors.length) reject(errors);

      const { userChoiceDefault, bookingVisibility } = resolveSettings(tenant.settings).privacy;
      // An imported booking is made now: it keeps the promise of the setting at import time.
      const ceiling = visibilityCeiling(bookingVisibility, userChoiceDefault);
      const insert = new PreparedInsert(m, Booking, BOOKING_COLUMNS);
      for (const part of chunksOf(rows, INSERT_CHUNK)) {
        await insert.run(
          m,
          part.map((r) => ({
            id: randomUUID(),
            tenantId: principal.tenantId,
            deskId: r.deskId,
            userId: r.userId,
            startsAt: r.startsAt,
            endsAt: r.endsAt,
            visibleToColleagues: r.userId ? userChoiceDefault : null,
            visibilityCeiling: r.userId ? ceiling : null,
            checkedInAt: r.checkedInAt,
            cancelledAt: null,
            cancelReason: null,
            // A row without a person is anonymous from the start.
            anonymizedAt: r.userId ? null : now,
            createdAt: now,
          })),
        );
        await pause();
      }
      // Their floor availability shows the new bookings at once on every instance (mayHaveUnseenBookings).
      const people = [...new Set(rows.flatMap((r) => (r.userId ? [r.userId] : [])))];
      for (const part of chunksOf(people, LOOKUP_CHUNK)) await m.update(User, { id: In(part) }, { bookingAddedAt: new Date() });
      await this.audit.record(m, {
        tenantId: principal.tenantId,
        actorUserId: principal.userId,
        action: 'bookings.imported',
        details: { rows: rows.length },
      });
      return rows.length;
    });
    return { imported, anonymizationQueued: await this.queueAnonymization(principal.tenantId) };
  }

  /**
   * The rows are committed: whatever goes wrong now must not answer an error (a retry would find
   * every row taken). Without the queue, the next scheduled sweep anonymizes what is due.
   */
  private async queueAnonymization(tenantId: string): Promise<boolean> {
    try {
      await this.anonymization.requestRun(tenantId);
      return true;
    } catch (err) {
      if (!(err instanceof ServiceUnavailableError))
        this.logger.error({ err, tenantId }, 'could not request the anonymization run after an import');
      return false;
    }
  }

  private rows(body: unknown): unknown[] {
    const rows = rowsOfBody(body);
    if (rows.length === 0) refuseFile(importProblem('rows', 'NO_ROWS'));
    if (rows.length > MAX_IMPORT_ROWS) refuseFile(importProblem('rows', 'TOO_MANY_ROWS', { max: MAX_IMPORT_ROWS }));
    return rows;
  }

  /** Desks (by id, or floor name + label) and people (by e-mail) of the caller's tenant only. */
  private async resolve(
    m: EntityManager,
    tenantId: string,
    rows: ImportRow[],
    errors: RowError[],
    pause: () => Promise<void>,
  ): Promise<ResolvedRow[]> {
    const deskIds = [...new Set(rows.flatMap((r) => ('deskId' in r.desk ? [r.desk.deskId] : [])))];
    const byId = new Map<string, string>();
    for (const part of chunksOf(deskIds, LOOKUP_CHUNK)) {
      for (const d of await m.find(Desk, { where: { tenantId, id: In(part) }, select: { id: true } })) byId.set(d.id, d.id);
    }
    const floorNames = [...new Set(rows.flatMap((r) => ('floorName' in r.desk ? [r.desk.floorName] : [])))];
    const floorsByName = new Map<string, string[]>();
    for (const f of floorNames.length
      ? await m.find(Floor, { where: { tenantId, name: In(floorNames) }, select: { id: true, name: true } })
      : []) {
      floorsByName.set(f.name, [...(floorsByName.get(f.name) ?? []), f.id]);
    }
    const byLabel = new Map<string, string>();
    const floorIds = [...floorsByName.values()].flat();
    for (const d of floorIds.length
      ? await m.find(Desk, { where: { tenantId, floorId: In(floorIds) }, select: { id: true, floorId: true, label: true } })
      : []) {
      byLabel.set(`${d.floorId}\n${d.label}`, d.id);
    }
    const emails = [...new Set(rows.flatMap((r) => (r.userEmail ? [r.userEmail] : [])))];
    const userByEmail = new Map<string, string>();
    for (const part of chunksOf(emails, LOOKUP_CHUNK)) {
      for (const u of await m.find(User, { where: { tenantId, email: In(part) }, select: { id: true, email: true } }))
        userByEmail.set(u.email, u.id);
    }

    const resolved: ResolvedRow[] = [];
    for (const r of rows) {
      let deskId: string | undefined;
      if ('deskId' in r.desk) {
        deskId = byId.get(r.desk.deskId);
        if (!deskId) errors.push(rowError(r.row, 'deskId', 'NO_DESK_WITH_ID'));
      } else {
        const floors = floorsByName.get(r.desk.floorName) ?? [];
        if (floors.length === 0) errors.push(rowError(r.row, 'floorName', 'NO_FLOOR', { floorName: r.desk.floorName }));
        else if (floors.length > 1) errors.push(rowError(r.row, 'floorName', 'SEVERAL_FLOORS', { floorName: r.desk.floorName }));
        else {
          deskId = byLabel.get(`${floors[0]}\n${r.desk.deskLabel}`);
          if (!deskId)
            errors.push(rowError(r.row, 'deskLabel', 'NO_DESK_ON_FLOOR', { floorName: r.desk.floorName, deskLabel: r.desk.deskLabel }));
        }
      }
      const userId = r.userEmail ? userByEmail.get(r.userEmail) : null;
      if (userId === undefined) errors.push(rowError(r.row, 'userEmail', 'NO_PERSON'));
      if (deskId && userId !== undefined) resolved.push({ ...r, deskId, userId });
      await pause();
    }
    return resolved;
  }

  /**
   * Locks the desks and people involved (in id order, desks first, as booking creation does) and
   * checks the rows against their active bookings, so a booking made meanwhile cannot overlap.
   */
  private async lockAndCheckExisting(m: EntityManager, rows: ResolvedRow[], errors: RowError[], pause: () => Promise<void>): Promise<void> {
    const deskIds = [...new Set(rows.map((r) => r.deskId))].sort();
    const userIds = [...new Set(rows.flatMap((r) => (r.userId ? [r.userId] : [])))].sort();
    if (!this.tx.isSqlite) {
      for (const part of chunksOf(deskIds, LOOKUP_CHUNK))
        await m
          .createQueryBuilder(Desk, 'd')
          .select('d.id')
          .where({ id: In(part) })
          .orderBy('d.id')
          .setLock('pessimistic_write')
          .getMany();
      for (const part of chunksOf(userIds, LOOKUP_CHUNK))
        await m
          .createQueryBuilder(User, 'u')
          .select('u.id')
          .where({ id: In(part) })
          .orderBy('u.id')
          .setLock('pessimistic_write')
          .getMany();
    }
    errors.push(...(await this.overlapsWithExisting(m, rows, 'deskId', (r) => r.deskId, 'DESK_TAKEN', pause)));
    errors.push(...(await this.overlapsWithExisting(m, rows, 'userId', (r) => r.userId, 'PERSON_BUSY', pause)));
  }

  /**
   * Rows overlapping an active booking of the same desk (or person). Existing active bookings of one
   * key never overlap each other, so after sorting, the one that starts last before a row ends is the
   * only candidate: a binary search per row, one range query per key.
   */
  private async overlapsWithExisting(
    m: EntityManager,
    rows: ResolvedRow[],
    column: 'deskId' | 'userId',
    keyOf: (r: ResolvedRow) => string | null,
    code: 'DESK_TAKEN' | 'PERSON_BUSY',
    pause: () => Promise<void>,
  ): Promise<RowError[]> {
    const groups = groupBy(rows, keyOf);
    const errors: RowError[] = [];
    for (const [key, group] of groups) {
      await pause();
      const from = group.reduce((min, r) => Math.min(min, r.startsAt.getTime()), Infinity);
      const to = group.reduce((max, r) => Math.max(max, r.endsAt.getTime()), -Infinity);
      const existing = await m
        .createQueryBuilder(Booking, 'b')
        .select(['b.startsAt', 'b.endsAt'])
        .where(`b.${column} = :key`, { key })
        .andWhere('b.cancelledAt IS NULL')
        .andWhere('b.startsAt >= :lower', { lower: new Date(from - MAX_BOOKING_SPAN_MS) })
        .andWhere('b.startsAt < :to', { to: new Date(to) })
        .andWhere('b.endsAt > :from', { from: new Date(from) })
        .orderBy('b.startsAt', 'ASC')
        .getMany();
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
        if (candidate && candidate.endsAt > r.startsAt) errors.push(rowError(r.row, column === 'deskId' ? 'deskId' : 'userEmail', code));
      }
    }
    return errors;
  }
}
