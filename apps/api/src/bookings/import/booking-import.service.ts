import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import { AnonymizationService } from '../../anonymization/anonymization.service.js';
import { AuditService } from '../../audit/audit.service.js';
import { chunksOf, distinctKeys } from '../../common/collections.js';
import { createEventLoopPause } from '../../common/event-loop.js';
import type { Principal } from '../../common/context/request-context.js';
import { ValidationFailedError } from '../../common/errors/domain-error.js';
import { ServiceUnavailableError } from '../../common/errors/service-unavailable.js';
import { APP_LOGGER } from '../../common/logging/logger.module.js';
import { TransactionRunner } from '../../database/transaction-runner.js';
import { DesksRepository, FloorsRepository } from '../../places/places.repositories.js';
import { TenantsRepository } from '../../tenants/tenants.repository.js';
import { resolveSettings } from '../../tenants/settings.js';
import { UsersRepository } from '../../users/users.repository.js';
import { BookingWriter, INSERT_BATCH, type Pause } from '../booking-writer.service.js';
import {
  MAX_IMPORT_ROWS,
  MAX_REPORTED_ERRORS,
  overlapsWithinFile,
  refuseFile,
  rowError,
  rowsOfBody,
  validateRow,
  type ImportRow,
  type RowError,
} from './import-rows.js';
import { importProblem } from './import-problems.js';

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
 * sweep this import queues. Blocks (desk-blocks.repository.ts) are not checked: an imported row
 * records a booking that happened elsewhere, whatever was planned for the desk here.
 */
@Injectable()
export class BookingImportService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly writer: BookingWriter,
    private readonly audit: AuditService,
    private readonly anonymization: AnonymizationService,
    private readonly tenants: TenantsRepository,
    private readonly desks: DesksRepository,
    private readonly floors: FloorsRepository,
    private readonly users: UsersRepository,
    @Inject(APP_LOGGER) private readonly logger: Logger,
  ) {}

  async import(principal: Principal, body: unknown, now = new Date()): Promise<ImportResult> {
    // Other requests (and tenants) are served in between: see createEventLoopPause.
    const pause = createEventLoopPause();
    const raw = this.rows(body);
    const shapeErrors: RowError[] = [];
    const valid: ImportRow[] = [];
    for (const [i, r] of raw.entries()) {
      const row = validateRow(r, i + 1, shapeErrors);
      if (row) valid.push(row);
      await pause();
    }

    // The checks read through `read`, the rows go in through `write`, all or nothing (runBulk: on SQLite
    // the writes and their COMMIT run on a worker thread while this process's other writers wait).
    const imported = await this.tx.runBulk(async (read, write) => {
      const tenant = await this.tenants.getById(principal.tenantId, read);
      // Every problem of the file in one answer: shape, unknown desks and people, then overlaps
      // among the rows that could be resolved. A retried attempt starts again from the shape's.
      const problems = [...shapeErrors];
      const rows = await this.resolve(read, principal.tenantId, valid, problems, pause);
      problems.push(...(await overlapsWithinFile(rows, (r) => r.deskId, 'deskId', 'DESK_TWICE_IN_FILE', pause)));
      problems.push(...(await overlapsWithinFile(rows, (r) => r.userId, 'userEmail', 'PERSON_TWICE_IN_FILE', pause)));
      const people = distinctKeys(rows, (r) => r.userId);
      await this.lockAndCheckExisting(read, rows, people, problems, pause);
      if (problems.length) reject(problems);

      // An imported booking is made now: it keeps the promise of the setting at import time.
      const privacy = resolveSettings(tenant.settings).privacy;
      for (const part of chunksOf(rows, INSERT_BATCH)) {
        const bookings = part.map((r) =>
          this.writer.buildRow(
            {
              tenantId: principal.tenantId,
              deskId: r.deskId,
              userId: r.userId,
              startsAt: r.startsAt,
              endsAt: r.endsAt,
              checkedInAt: r.checkedInAt,
            },
            privacy,
            now,
          ),
        );
        await this.writer.insert(write, bookings);
        await pause();
      }
      // Their floor availability shows the new bookings at once on every instance (mayHaveUnseenBookings).
      await this.writer.stampBookingsAdded(write, people);
      await this.audit.record(write, {
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
      for (const id of await this.desks.existingIn(m, tenantId, part)) byId.set(id, id);
    }
    await pause();
    const floorNames = [...new Set(rows.flatMap((r) => ('floorName' in r.desk ? [r.desk.floorName] : [])))];
    const floorsByName = new Map<string, string[]>();
    for (const f of floorNames.length ? await this.floors.namedIn(m, tenantId, floorNames) : []) {
      floorsByName.set(f.name, [...(floorsByName.get(f.name) ?? []), f.id]);
    }
    const byLabel = new Map<string, string>();
    const floorIds = [...floorsByName.values()].flat();
    for (const d of floorIds.length ? await this.desks.onFloors(m, tenantId, floorIds) : []) {
      byLabel.set(`${d.floorId}\n${d.label}`, d.id);
    }
    await pause();
    const emails = [...new Set(rows.flatMap((r) => (r.userEmail ? [r.userEmail] : [])))];
    const userByEmail = new Map<string, string>();
    for (const part of chunksOf(emails, LOOKUP_CHUNK)) {
      for (const [email, id] of await this.users.idsByEmail(m, tenantId, part)) userByEmail.set(email, id);
    }

    await pause();
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
   * Locks the desks and people involved (BookingWriter's order, as booking creation) and checks the
   * rows against their active bookings, so a booking made meanwhile cannot overlap.
   */
  private async lockAndCheckExisting(
    m: EntityManager,
    rows: ResolvedRow[],
    people: string[],
    errors: RowError[],
    pause: Pause,
  ): Promise<void> {
    await pause();
    await this.writer.lockParticipants(
      m,
      distinctKeys(rows, (r) => r.deskId),
      people,
    );
    await pause();
    for (const r of await this.writer.conflicting(m, 'deskId', rows, (row) => row.deskId, pause))
      errors.push(rowError(r.row, 'deskId', 'DESK_TAKEN'));
    for (const r of await this.writer.conflicting(m, 'userId', rows, (row) => row.userId, pause))
      errors.push(rowError(r.row, 'userEmail', 'PERSON_BUSY'));
  }
}
