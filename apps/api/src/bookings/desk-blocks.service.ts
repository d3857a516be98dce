import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../common/context/request-context.js';
import { DomainError, NotFoundError, ValidationFailedError } from '../common/errors/domain-error.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { DesksRepository, FloorsRepository, LocationsRepository } from '../places/places.repositories.js';
import { blockDays, blockSpan } from './block-days.js';
import { BookingMails } from './booking-mails.service.js';
import { BookingWriter, type BookingOnDesk } from './booking-writer.service.js';
import { DeskBlocksRepository, type ActiveBlock } from './desk-blocks.repository.js';
import type { BlockedBookingDto, CreateDeskBlockDto, DeskBlockDto } from './dto/desk-block.dto.js';
import { Booking } from './entities/booking.entity.js';
import { DeskBlock } from './entities/desk-block.entity.js';

/** 409: the block would cancel bookings; they are listed (where and when, never who) and nothing is written. */
export class BlockHasBookingsError extends DomainError {
  constructor(bookings: BlockedBookingDto[]) {
    super(
      409,
      'BLOCK_HAS_BOOKINGS',
      `${bookings.length} booking${bookings.length === 1 ? '' : 's'} inside the block; confirm to cancel them`,
      { bookings },
    );
  }
}

/** 409: a block covers the desk for (part of) the time asked for. */
export class DeskBlockedError extends DomainError {
  constructor(reason: string) {
    super(409, 'DESK_BLOCKED', `This desk is blocked at this time: ${reason}`, { reason });
  }
}

export interface CreatedBlock {
  block: DeskBlockDto;
  cancelled: BlockedBookingDto[];
}

function toDto(block: ActiveBlock, timezone: string): DeskBlockDto {
  return {
    id: block.id,
    ...blockDays(block, timezone),
    startsAt: block.startsAt.toISOString(),
    endsAt: block.endsAt.toISOString(),
    deskIds: block.deskIds,
    reason: block.reason,
    createdAt: block.createdAt.toISOString(),
  };
}

/** Staff block desks or a whole floor for days; bookings inside are cancelled once they confirm. */
@Injectable()
export class DeskBlocksService {
  constructor(
    private readonly blocks: DeskBlocksRepository,
    private readonly floors: FloorsRepository,
    private readonly locations: LocationsRepository,
    private readonly desks: DesksRepository,
    private readonly writer: BookingWriter,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
    private readonly mails: BookingMails,
  ) {}

  /**
   * Creates the block. Inside one transaction the blocked desks are locked as BookingWriter locks
   * them for a booking (ids ascending), then the bookings inside are read with a locking read: a
   * booking racing the block either committed first (and is found here: listed, or cancelled with
   * `confirm`) or waits for the desk lock and then finds the block (DESK_BLOCKED).
   */
  async create(principal: Principal, floorId: string, dto: CreateDeskBlockDto, confirm: boolean, now = new Date()): Promise<CreatedBlock> {
    const floor = await this.floors.getById(floorId);
    const { timezone } = await this.locations.getById(floor.locationId);
    const span = blockSpan(dto.from, dto.to, timezone, now);
    if ('field' in span) throw new ValidationFailedError([{ field: span.field, messages: [span.message] }]);
    const named = dto.deskIds ? await this.namedDesks(floor.id, dto.deskIds) : null;
    const block = Object.assign(new DeskBlock(), {
      id: randomUUID(),
      tenantId: principal.tenantId,
      floorId: floor.id,
      startsAt: span.startsAt,
      endsAt: span.endsAt,
      reason: dto.reason,
      createdById: principal.userId,
      createdAt: now,
    });
    const { created, mails } = await this.tx.run(async (m) => {
      // The whole floor: its desks as of now. A desk added meanwhile is covered too (the booking
      // check reads blocks by floor), and cannot hold a booking from before the block.
      const desks = named ?? (await this.desks.onFloors(m, principal.tenantId, [floor.id]));
      const labels = new Map(desks.map((d) => [d.id, d.label]));
      await this.writer.lockParticipants(m, labels.keys(), []);
      const inside = (await this.writer.activeOnDesks(m, [...labels.keys()], span.startsAt, span.endsAt)).map((b) =>
        toBlockedBooking(b, labels),
      );
      if (inside.length > 0 && !confirm) throw new BlockHasBookingsError(inside);
      await this.blocks.insert(m, block, named ? named.map((d) => d.id) : null);
      await this.writer.cancelByStaff(
        m,
        principal.tenantId,
        inside.map((b) => b.id),
        block.reason,
        now,
      );
      // Ids, days and counts only: the bookings' people are not the staff member's to learn.
      await this.audit.record(m, {
        tenantId: principal.tenantId,
        actorUserId: principal.userId,
        action: 'floor.blocked',
        targetType: 'floor',
        targetId: floor.id,
        details: {
          blockId: block.id,
          from: dto.from,
          to: dto.to,
          desks: named ? named.length : 'floor',
          cancelledBookings: inside.length,
        },
      });
      const active: ActiveBlock = { ...block, deskIds: named ? named.map((d) => d.id).sort() : null };
      // Each person whose booking the block cancelled is told, with the block's reason.
      const cancelledRows = inside.length
        ? await m.find(Booking, { where: { tenantId: principal.tenantId, id: In(inside.map((b) => b.id)) } })
        : [];
      return {
        created: { block: toDto(active, timezone), cancelled: inside },
        mails: await this.mails.queueCancellations(m, cancelledRows, { by: 'staff', note: block.reason }),
      };
    });
    await this.mails.dispatch(mails);
    return created;
  }

  /** A floor's current and future blocks; 404 for another tenant's floor. */
  async list(floorId: string, now = new Date()): Promise<DeskBlockDto[]> {
    const floor = await this.floors.getById(floorId);
    const { timezone } = await this.locations.getById(floor.locationId);
    return (await this.blocks.currentAndFuture(floor.id, now)).map((b) => toDto(b, timezone));
  }

  /** Removes a block: its desks are bookable again at once. 404 for another tenant's block. */
  async remove(principal: Principal, id: string): Promise<void> {
    const block = await this.blocks.getById(id);
    await this.tx.run(async (m) => {
      await this.blocks.remove(m, block.id);
      await this.audit.record(m, {
        tenantId: principal.tenantId,
        actorUserId: principal.userId,
        action: 'floor.unblocked',
        targetType: 'floor',
        targetId: block.floorId,
        details: { blockId: block.id },
      });
    });
  }

  /**
   * The desks a block names: another tenant's id (or none at all) is 404 like any missing desk;
   * a desk of this tenant on another floor is the caller's mistake (400).
   */
  private async namedDesks(floorId: string, ids: readonly string[]): Promise<{ id: string; label: string }[]> {
    const found = await this.desks.find({ id: In([...ids]) });
    if (found.length !== new Set(ids).size) throw new NotFoundError('Desk');
    const elsewhere = found.filter((d) => d.floorId !== floorId);
    if (elsewhere.length > 0) {
      throw new ValidationFailedError([{ field: 'deskIds', messages: ['every desk must be on this floor'] }]);
    }
    return found.map((d) => ({ id: d.id, label: d.label }));
  }
}

function toBlockedBooking(b: BookingOnDesk, labels: ReadonlyMap<string, string>): BlockedBookingDto {
  return {
    id: b.id,
    deskId: b.deskId,
    deskLabel: labels.get(b.deskId) ?? '',
    startsAt: b.startsAt.toISOString(),
    endsAt: b.endsAt.toISOString(),
  };
}
