import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, LessThanOrEqual, MoreThan, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../common/context/request-context.js';
import { DomainError, ForbiddenError, ValidationFailedError } from '../common/errors/domain-error.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { isUniqueViolation } from '../database/unique-violation.js';
import type { Desk } from '../places/entities/desk.entity.js';
import { DesksRepository } from '../places/places.repositories.js';
import { TenantsRepository } from '../tenants/tenants.repository.js';
import { resolveSettings } from '../tenants/settings.js';
import { UsersRepository } from '../users/users.repository.js';
import { CHECK_IN_OPENS_BEFORE_MINUTES, violatedBookingRule, type BookingRule, type BookingRuleName } from './booking-rules.js';
import { BookingWriter } from './booking-writer.service.js';
import { BookingsRepository, type IdempotentBooking } from './bookings.repository.js';
import { DeskBlocksRepository } from './desk-blocks.repository.js';
import { DeskBlockedError } from './desk-blocks.service.js';
import type { CreateBookingDto } from './dto/booking.dto.js';
import { Booking } from './entities/booking.entity.js';
import { bookingRequestHash } from './idempotency-fingerprint.js';

const CHECK_IN_OPENS_BEFORE_MS = CHECK_IN_OPENS_BEFORE_MINUTES * 60_000;
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,100}$/;

export class BookingRuleViolatedError extends DomainError {
  constructor(rule: BookingRuleName, message: string) {
    super(422, 'BOOKING_RULE_VIOLATED', message, { rule });
  }
}

export class IdempotencyKeyReusedError extends DomainError {
  constructor() {
    super(422, 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used for a different request; send a new key for a new booking');
  }
}

/** The first booking made with this key, unless this request is not the one that made it. */
function retryAnswer(earlier: IdempotentBooking, requestHash: string): Booking {
  if (earlier.requestHash !== null && earlier.requestHash !== requestHash) throw new IdempotencyKeyReusedError();
  return earlier.booking;
}

const RULE_MESSAGES: Record<BookingRule, string> = {
  DESK_NOT_BOOKABLE: 'This desk cannot be booked',
  IN_THE_PAST: 'This time is in the past',
  TOO_FAR_AHEAD: 'This day is too far ahead to book yet',
  TOO_LONG: 'The booking is longer than your company allows',
  SLOT_BOUNDARY: 'Start and end must be on the booking time grid',
  OUTSIDE_OPENING_HOURS: 'The office is closed at this time',
};

/** A booking with its desk, as the response describes both. */
export interface BookedDesk {
  booking: Booking;
  desk: Desk;
}

@Injectable()
export class BookingsService {
  constructor(
    private readonly bookings: BookingsRepository,
    private readonly desks: DesksRepository,
    private readonly tx: TransactionRunner,
    private readonly writer: BookingWriter,
    private readonly audit: AuditService,
    private readonly tenants: TenantsRepository,
    private readonly users: UsersRepository,
    private readonly blocks: DeskBlocksRepository,
    @InjectRepository(Booking) private readonly allBookings: Repository<Booking>,
  ) {}

  /**
   * Books a desk. Integrity lives in the database (BookingWriter): inside one transaction the desk
   * row and the person's row are locked, then both overlap checks run and the row is inserted, so
   * concurrent requests on any number of instances cannot double-book.
   */
  async create(principal: Principal, dto: CreateBookingDto, idempotencyKey: string | undefined, now = new Date()): Promise<BookedDesk> {
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw new ValidationFailedError([
        { field: 'Idempotency-Key', messages: ['Idempotency-Key must be 1-100 printable ASCII characters'] },
      ]);
    }
    const requestHash = bookingRequestHash(dto);
    if (idempotencyKey) {
      const earlier = await this.bookings.findByIdempotencyKey(principal.userId, idempotencyKey, now);
      if (earlier) return this.withDesk(retryAnswer(earlier, requestHash));
    }
    const startsAt = new Date(dto.startsAt);
    const endsAt = new Date(dto.endsAt);
    if (endsAt <= startsAt) throw new ValidationFailedError([{ field: 'endsAt', messages: ['endsAt must be after startsAt'] }]);
    const { desk, location } = await this.desks.getInPlace(dto.deskId);
    // Read with the session on this request (never cached): a changed rule applies at once.
    const settings = principal.tenantSettings;
    const rule = violatedBookingRule({
      startsAt,
      endsAt,
      now,
      rules: settings.booking,
      timezone: location.timezone,
      openingHours: location.openingHours,
      bookable: desk.bookable,
    });
    if (rule) throw new BookingRuleViolatedError(rule, RULE_MESSAGES[rule]);

    const booking = this.writer.buildRow(
      {
        tenantId: principal.tenantId,
        deskId: desk.id,
        userId: principal.userId,
        startsAt,
        endsAt,
        visibleToColleagues: dto.visibleToColleagues,
      },
      settings.privacy,
      now,
    );
    try {
      const made = await this.tx.run(async (m): Promise<Booking> => {
        await this.writer.lockParticipants(m, [desk.id], [principal.userId], { stamp: true });
        // A retry that waited for the locks above finds the booking its first attempt made.
        if (idempotencyKey) {
          const earlier = await this.bookings.findByIdempotencyKey(principal.userId, idempotencyKey, now, m);
          if (earlier) return retryAnswer(earlier, requestHash);
        }
        // After the desk lock: a block being created holds it too (DeskBlocksService.create).
        const block = (await this.blocks.blockedDesks(m, principal.tenantId, [desk], { startsAt, endsAt })).get(desk.id);
        if (block) throw new DeskBlockedError(block.reason);
        if (await this.writer.hasOverlap(m, 'deskId', desk.id, startsAt, endsAt)) {
          throw new DomainError(409, 'DESK_TAKEN', `Desk ${desk.label} is already booked at this time`);
        }
        if (await this.writer.hasOverlap(m, 'userId', principal.userId, startsAt, endsAt)) {
          throw new DomainError(409, 'USER_OVERLAP', 'You already have a booking at this time');
        }
        await this.writer.insert(m, [booking]);
        if (idempotencyKey) await this.bookings.rememberIdempotencyKey(m, principal.userId, idempotencyKey, requestHash, booking.id, now);
        return booking;
      });
      // A retry's first booking may be on another desk than this request names.
      return made === booking ? { booking, desk } : await this.withDesk(made);
    } catch (err) {
      // The same Idempotency-Key sent twice at once: the key's primary key lets one in; answer with it.
      if (idempotencyKey && isUniqueViolation(err)) {
        const earlier = await this.bookings.findByIdempotencyKey(principal.userId, idempotencyKey, now);
        if (earlier) return this.withDesk(retryAnswer(earlier, requestHash));
      }
      throw err;
    }
  }

  private async withDesk(booking: Booking): Promise<BookedDesk> {
    return { booking, desk: await this.desks.getById(booking.deskId) };
  }

  get(id: string): Promise<Booking> {
    return this.bookings.getById(id);
  }

  mine(principal: Principal, from: Date, to: Date): Promise<Booking[]> {
    return this.bookings.mine(principal.userId, from, to);
  }

  /** Own bookings for everyone; any booking of the tenant for facility managers and admins. */
  async cancel(principal: Principal, id: string): Promise<void> {
    const booking = await this.bookings.getById(id);
    const own = booking.userId === principal.userId;
    if (!own && principal.role === 'employee') throw new ForbiddenError('You can only cancel your own bookings');
    await this.tx.run(async (m) => {
      const result = await m.update(
        Booking,
        { id: booking.id, tenantId: principal.tenantId, cancelledAt: IsNull() },
        { cancelledAt: new Date(), cancelReason: own ? 'user' : 'admin' },
      );
      // Someone else's booking cancelled by staff is worth a trace; the sweep deletes it with the booking's identity.
      if (!own && result.affected) {
        await this.audit.record(m, {
          tenantId: principal.tenantId,
          actorUserId: principal.userId,
          action: 'booking.cancelled',
          targetType: 'booking',
          targetId: booking.id,
        });
      }
    });
  }

  async checkIn(principal: Principal, id: string, now = new Date()): Promise<Booking> {
    const booking = await this.bookings.getById(id);
    if (booking.userId !== principal.userId) throw new ForbiddenError('You can only check in to your own bookings');
    if (booking.cancelledAt) throw new BookingRuleViolatedError('BOOKING_CANCELLED', 'This booking was cancelled');
    if (booking.checkedInAt) return booking;
    if (now.getTime() < booking.startsAt.getTime() - CHECK_IN_OPENS_BEFORE_MS || now >= booking.endsAt) {
      throw new BookingRuleViolatedError(
        'CHECK_IN_WINDOW',
        `Check-in opens ${CHECK_IN_OPENS_BEFORE_MINUTES} minutes before the start and closes at the end`,
      );
    }
    const checkedIn = await this.tx.run((m) =>
      m.update(Booking, { id: booking.id, cancelledAt: IsNull(), checkedInAt: IsNull() }, { checkedInAt: now }),
    );
    if (!checkedIn.affected) {
      // Released as a no-show (or cancelled) a moment ago.
      const current = await this.bookings.getById(id);
      if (current.cancelledAt) throw new BookingRuleViolatedError('BOOKING_CANCELLED', 'This booking was released');
      return current;
    }
    return Object.assign(booking, { checkedInAt: now });
  }

  /** Display names by user id, for the bookings whose booker may be shown. */
  displayNames(tenantId: string, userIds: string[]): Promise<Map<string, string>> {
    return this.users.displayNamesInTenant(tenantId, userIds);
  }

  /**
   * Releases bookings nobody checked in to within the grace period, in every tenant that requires
   * check-in. Derived from the database alone, so a repeated or lost trigger changes nothing.
   */
  async releaseNoShows(now = new Date()): Promise<number> {
    let released = 0;
    for (const tenant of await this.tenants.allSettings()) {
      const { checkInRequired, checkInGraceMinutes } = resolveSettings(tenant.settings).booking;
      if (!checkInRequired) continue;
      const result = await this.tx.run((m) =>
        m.update(
          Booking,
          {
            tenantId: tenant.id,
            cancelledAt: IsNull(),
            checkedInAt: IsNull(),
            startsAt: LessThanOrEqual(new Date(now.getTime() - checkInGraceMinutes * 60_000)),
            // Only recent ones: turning the setting on does not rewrite history.
            endsAt: MoreThan(new Date(now.getTime() - 24 * 3_600_000)),
          },
          { cancelledAt: now, cancelReason: 'no_show' },
        ),
      );
      released += result.affected ?? 0;
    }
    return released;
  }

  desksById(ids: string[]): Promise<Desk[]> {
    return ids.length ? this.desks.find({ id: In([...new Set(ids)]) }) : Promise.resolve([]);
  }
}
