import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, LessThanOrEqual, MoreThan, Repository, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../common/context/request-context.js';
import { DomainError, ForbiddenError, NotFoundError, ValidationFailedError } from '../common/errors/domain-error.js';
import { ConsentsService } from '../consents/consents.service.js';
import type { ErrorCode } from '../common/errors/error-codes.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { isUniqueViolation } from '../database/unique-violation.js';
import type { Desk } from '../places/entities/desk.entity.js';
import { DesksRepository, type DeskInPlace } from '../places/places.repositories.js';
import { TenantsRepository } from '../tenants/tenants.repository.js';
import { resolveSettings, type TenantSettings } from '../tenants/settings.js';
import { UsersRepository } from '../users/users.repository.js';
import { CHECK_IN_OPENS_BEFORE_MINUTES, violatedBookingRule, type BookingRule, type BookingRuleName } from './booking-rules.js';
import { BookingMails } from './booking-mails.service.js';
import { BookingWriter } from './booking-writer.service.js';
import { BookingsRepository, type IdempotentBooking } from './bookings.repository.js';
import { DeskBlocksRepository } from './desk-blocks.repository.js';
import { DeskBlockedError } from './desk-blocks.service.js';
import type { CreateBookingDto } from './dto/booking.dto.js';
import { isLocalDate, type CreateBookingSeriesDto } from './dto/booking-series.dto.js';
import { Booking } from './entities/booking.entity.js';
import { bookingRequestHash } from './idempotency-fingerprint.js';
import type { QueuedMail } from '../mail/mailer.service.js';
import { localDate, MAX_SERIES_OCCURRENCES, seriesOccurrences, startOfLocalDate, type SeriesPattern } from './series-dates.js';

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

export class PersonConsentRequiredError extends DomainError {
  constructor() {
    super(409, 'PERSON_CONSENT_REQUIRED', 'This person has not accepted the current privacy notice yet; they can book once they have');
  }
}

/** Whom a booking is for, and who made it when that is someone else (staff). */
interface BookingParty {
  userId: string;
  bookedById: string | null;
}

/**
 * Why one booking (a single one, or one occurrence of a series) cannot be made: the error a single
 * booking answers with, and a series lists by code per date. Every check a booking passes lives in
 * `ruleRefusal` (no database) and `conflictRefusal` (inside the booking transaction, after the
 * locks), which both paths run.
 */
export type Refusal = DomainError;

export class DeskTakenError extends DomainError {
  constructor(label: string) {
    super(409, 'DESK_TAKEN', `Desk ${label} is already booked at this time`);
  }
}

export class UserOverlapError extends DomainError {
  constructor(forSomeoneElse = false) {
    super(409, 'USER_OVERLAP', `${forSomeoneElse ? 'This person already has' : 'You already have'} a booking at this time`);
  }
}

/** A proposed booking of one person at one desk, as the checks judge it. */
export interface Candidate {
  place: DeskInPlace;
  userId: string;
  /** Staff booking for the person, when it is not the person. */
  bookedById?: string | null;
  startsAt: Date;
  endsAt: Date;
}

/** An occurrence of a series that was not booked: its local date and what a single booking would answer. */
export interface SeriesRefusal {
  date: string;
  code: ErrorCode;
  details?: unknown;
}

export class SeriesConflictError extends DomainError {
  constructor(refused: SeriesRefusal[], bookable: string[]) {
    super(
      409,
      'SERIES_CONFLICT',
      bookable.length
        ? 'Some dates of this series cannot be booked; nothing was booked (send allowPartial to book the others)'
        : 'No date of this series can be booked',
      { refused, bookable },
    );
  }
}

/** A series as it was booked: the bookings made and the dates refused. */
export interface BookedSeries {
  seriesId: string;
  booked: Booking[];
  refused: SeriesRefusal[];
  desk: Desk;
}

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
    private readonly consents: ConsentsService,
    private readonly blocks: DeskBlocksRepository,
    private readonly mails: BookingMails,
    @InjectRepository(Booking) private readonly allBookings: Repository<Booking>,
  ) {}

  /**
   * The person a booking is for. `forUserId` is staff's (an employee sending it is refused, even with
   * their own id); another tenant's or an unknown id, or an invitation not yet accepted, is 404. With
   * the tenant requiring consent, a person who has not accepted the current notice cannot be booked
   * for either (409 PERSON_CONSENT_REQUIRED): the gate protects them, not only the caller.
   */
  private async partyOf(principal: Principal, dto: CreateBookingDto): Promise<BookingParty> {
    if (dto.forUserId === undefined) return { userId: principal.userId, bookedById: null };
    if (principal.role === 'employee') throw new ForbiddenError('Only facility managers and admins can book for someone else');
    if (dto.forUserId === principal.userId) return { userId: principal.userId, bookedById: null };
    if (!(await this.users.isActiveMember(principal.tenantId, dto.forUserId))) throw new NotFoundError('User');
    // Being shown to colleagues is the person's own choice: staff may hide a booking, never show it.
    if (dto.visibleToColleagues === true) {
      throw new ValidationFailedError([
        { field: 'visibleToColleagues', messages: ['Only the person can choose to be shown; leave it out or send false'] },
      ]);
    }
    if (await this.consents.personMissingConsent(principal, dto.forUserId)) throw new PersonConsentRequiredError();
    return { userId: dto.forUserId, bookedById: principal.userId };
  }

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
    const party = await this.partyOf(principal, dto);
    const requestHash = bookingRequestHash(dto);
    if (idempotencyKey) {
      const earlier = await this.bookings.findByIdempotencyKey(principal.userId, idempotencyKey, now);
      if (earlier) return this.withDesk(retryAnswer(earlier, requestHash));
    }
    const startsAt = new Date(dto.startsAt);
    const endsAt = new Date(dto.endsAt);
    if (endsAt <= startsAt) throw new ValidationFailedError([{ field: 'endsAt', messages: ['endsAt must be after startsAt'] }]);
    const place = await this.desks.getInPlace(dto.deskId);
    const { desk } = place;
    // Read with the session on this request (never cached): a changed rule applies at once.
    const settings = principal.tenantSettings;
    const candidate: Candidate = { place, userId: party.userId, bookedById: party.bookedById, startsAt, endsAt };
    const broken = this.ruleRefusal(candidate, settings, now);
    if (broken) throw broken;

    const booking = this.writer.buildRow(
      {
        tenantId: principal.tenantId,
        deskId: desk.id,
        userId: party.userId,
        startsAt,
        endsAt,
        visibleToColleagues: dto.visibleToColleagues,
        bookedById: party.bookedById,
      },
      settings.privacy,
      now,
    );
    try {
      const { made, mails } = await this.tx.run(async (m) => {
        await this.writer.lockParticipants(m, [desk.id], [party.userId], { stamp: true });
        // A retry that waited for the locks above finds the booking its first attempt made (mailed then).
        if (idempotencyKey) {
          const earlier = await this.bookings.findByIdempotencyKey(principal.userId, idempotencyKey, now, m);
          if (earlier) return { made: retryAnswer(earlier, requestHash), mails: [] };
        }
        const conflict = await this.conflictRefusal(m, candidate);
        if (conflict) throw conflict;
        await this.writer.insert(m, [booking]);
        if (party.bookedById) {
          // Ids only: the person is found through the booking, which the sweep anonymizes with this event.
          await this.audit.record(m, {
            tenantId: principal.tenantId,
            actorUserId: principal.userId,
            action: 'booking.created_for_person',
            targetType: 'booking',
            targetId: booking.id,
          });
        }
        if (idempotencyKey) await this.bookings.rememberIdempotencyKey(m, principal.userId, idempotencyKey, requestHash, booking.id, now);
        return { made: booking, mails: await this.mails.queueConfirmation(m, [booking], party.bookedById !== null) };
      });
      await this.mails.dispatch(mails);
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

  /** The booking rules (tenant settings, the location's hours, the desk's state): no database read. */
  ruleRefusal(c: Candidate, settings: TenantSettings, now: Date): Refusal | null {
    const { desk, location } = c.place;
    const rule = violatedBookingRule({
      startsAt: c.startsAt,
      endsAt: c.endsAt,
      now,
      rules: settings.booking,
      timezone: location.timezone,
      openingHours: location.openingHours,
      bookable: desk.bookable,
    });
    return rule ? new BookingRuleViolatedError(rule, RULE_MESSAGES[rule]) : null;
  }

  /**
   * What stands in the way, read inside the booking transaction after `lockParticipants` locked the
   * desk and the person: a block of the desk, the desk's bookings, then the person's.
   */
  async conflictRefusal(m: EntityManager, c: Candidate): Promise<Refusal | null> {
    const { desk } = c.place;
    // After the desk lock: a block being created holds it too (DeskBlocksService.create).
    const block = (await this.blocks.blockedDesks(m, desk.tenantId, [desk], c)).get(desk.id);
    if (block) return new DeskBlockedError(block.reason);
    if (await this.writer.hasOverlap(m, 'deskId', desk.id, c.startsAt, c.endsAt)) {
      return new DeskTakenError(desk.label);
    }
    if (await this.writer.hasOverlap(m, 'userId', c.userId, c.startsAt, c.endsAt)) {
      return new UserOverlapError(Boolean(c.bookedById));
    }
    return null;
  }

  /**
   * Books a desk on several days at the same local times (README "Recurring and multi-day bookings").
   * Each occurrence is judged exactly as a single booking is, in one transaction under the same locks
   * (desk, then person), so a series and single bookings racing for the same desk cannot both win.
   * Unless `allowPartial`, one refused date refuses the whole series and nothing is written.
   */
  async createSeries(principal: Principal, dto: CreateBookingSeriesDto, now = new Date()): Promise<BookedSeries> {
    if (dto.days !== undefined && (dto.weekdays !== undefined || dto.weeks !== undefined)) {
      throw new ValidationFailedError([{ field: 'days', messages: ['give either days or weekdays with weeks, not both'] }]);
    }
    const invalidDays = (dto.days ?? []).filter((d) => !isLocalDate(d));
    if (invalidDays.length) throw new ValidationFailedError([{ field: 'days', messages: [`not a date: ${invalidDays.join(', ')}`] }]);
    const startsAt = new Date(dto.startsAt);
    const endsAt = new Date(dto.endsAt);
    if (endsAt <= startsAt) throw new ValidationFailedError([{ field: 'endsAt', messages: ['endsAt must be after startsAt'] }]);
    const place = await this.desks.getInPlace(dto.deskId);
    const { desk, location } = place;
    const pattern: SeriesPattern = dto.days ? { days: dto.days } : { weekdays: dto.weekdays ?? [], weeks: dto.weeks ?? 0 };
    const occurrences = seriesOccurrences(startsAt, endsAt, location.timezone, pattern);
    const field = dto.days ? 'days' : 'weeks';
    if (occurrences.length === 0) throw new ValidationFailedError([{ field, messages: ['the series has no date on or after startsAt'] }]);
    if (occurrences.length > MAX_SERIES_OCCURRENCES) {
      throw new ValidationFailedError([
        { field, messages: [`a series may have at most ${MAX_SERIES_OCCURRENCES} dates; this one has ${occurrences.length}`] },
      ]);
    }
    const settings = principal.tenantSettings;
    const seriesId = randomUUID();
    const { booked, refused, mails } = await this.tx.run(async (m) => {
      await this.writer.lockParticipants(m, [desk.id], [principal.userId], { stamp: true });
      const rows: Booking[] = [];
      const refusals: SeriesRefusal[] = [];
      for (const o of occurrences) {
        const candidate: Candidate = { place, userId: principal.userId, startsAt: o.startsAt, endsAt: o.endsAt };
        const refusal = this.ruleRefusal(candidate, settings, now) ?? (await this.conflictRefusal(m, candidate));
        if (refusal) {
          refusals.push({ date: o.date, code: refusal.code, ...(refusal.details !== undefined ? { details: refusal.details } : {}) });
          continue;
        }
        rows.push(
          this.writer.buildRow(
            {
              tenantId: principal.tenantId,
              deskId: desk.id,
              userId: principal.userId,
              startsAt: o.startsAt,
              endsAt: o.endsAt,
              visibleToColleagues: dto.visibleToColleagues,
              seriesId,
            },
            settings.privacy,
            now,
          ),
        );
      }
      // Thrown inside the transaction: the person's stamp is rolled back with everything else.
      if (rows.length === 0 || (refusals.length > 0 && dto.allowPartial !== true)) {
        throw new SeriesConflictError(
          refusals,
          rows.map((r) => localDate(r.startsAt, location.timezone)),
        );
      }
      await this.writer.insert(m, rows);
      // One mail for the whole series, with every occurrence in its calendar file.
      return { booked: rows, refused: refusals, mails: await this.mails.queueConfirmation(m, rows, false) };
    });
    await this.mails.dispatch(mails);
    return { seriesId, booked, refused, desk };
  }

  /**
   * Cancels the occurrences of a series whose local date is `from` (default: today, at the desk's
   * location) or later and that have not ended. The owner's series, or any of the tenant's for staff;
   * someone else's series is "not found" to an employee, as another tenant's is to everyone.
   */
  async cancelSeries(principal: Principal, seriesId: string, from: string | undefined, now = new Date()): Promise<void> {
    const rows = await this.bookings.ofSeries(seriesId);
    if (rows.length === 0) throw new NotFoundError('Series');
    const own = rows.every((b) => b.userId === principal.userId);
    if (!own && principal.role === 'employee') throw new NotFoundError('Series');
    if (from !== undefined && !isLocalDate(from))
      throw new ValidationFailedError([{ field: 'from', messages: ['from must be a date like 2027-03-09'] }]);
    const { location } = await this.desks.getInPlace(rows[0].deskId);
    const since = startOfLocalDate(from ?? localDate(now, location.timezone), location.timezone);
    const due = rows.filter((b) => b.cancelledAt === null && b.startsAt >= since && b.endsAt > now);
    if (due.length === 0) return;
    const mails = await this.tx.run((m) =>
      this.cancelInTransaction(
        m,
        principal,
        due.map((b) => b.id),
        own,
        now,
      ),
    );
    await this.mails.dispatch(mails);
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

  /**
   * Own bookings for everyone; any booking of the tenant for facility managers and admins, who may
   * give the person a reason (`cancelNote`, which only that person and staff read). A reason on
   * one's own booking has no reader and is not stored.
   */
  async cancel(principal: Principal, id: string, reason?: string): Promise<void> {
    const booking = await this.bookings.getById(id);
    const own = booking.userId === principal.userId;
    if (!own && principal.role === 'employee') throw new ForbiddenError('You can only cancel your own bookings');
    const mails = await this.tx.run((m) => this.cancelInTransaction(m, principal, [booking.id], own, new Date(), reason));
    await this.mails.dispatch(mails);
  }

  /**
   * The one way bookings are cancelled by a person (single bookings and series alike). Staff
   * cancelling someone else's bookings queues the mail that tells that person (sent after commit).
   */
  private async cancelInTransaction(
    m: EntityManager,
    principal: Principal,
    ids: readonly string[],
    own: boolean,
    now: Date,
    reason?: string,
  ): Promise<QueuedMail[]> {
    const cancelled: string[] = [];
    for (const id of ids) {
      const result = await m.update(
        Booking,
        { id, tenantId: principal.tenantId, cancelledAt: IsNull() },
        { cancelledAt: now, cancelReason: own ? 'user' : 'admin', cancelNote: own ? null : (reason ?? null) },
      );
      if (result.affected) cancelled.push(id);
      // Someone else's booking cancelled by staff is worth a trace; the sweep deletes it with the booking's identity.
      if (!own && result.affected) {
        await this.audit.record(m, {
          tenantId: principal.tenantId,
          actorUserId: principal.userId,
          action: 'booking.cancelled',
          targetType: 'booking',
          targetId: id,
          details: { withReason: reason !== undefined },
        });
      }
    }
    if (own || cancelled.length === 0) return [];
    const rows = await m.find(Booking, { where: { id: In(cancelled), tenantId: principal.tenantId } });
    return this.mails.queueCancellations(m, rows, { by: 'staff', note: reason ?? null });
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
      const { count, mails } = await this.tx.run(async (m) => {
        const result = await m.update(
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
        );
        if (!result.affected) return { count: 0, mails: [] };
        // Exactly the rows this UPDATE released (stamped with this run's `now`): a second run, here
        // or on another instance, releases none of them again, so nobody is told twice.
        const rows = await m.find(Booking, { where: { tenantId: tenant.id, cancelledAt: now, cancelReason: 'no_show' } });
        return { count: result.affected, mails: await this.mails.queueCancellations(m, rows, { by: 'no_show' }) };
      });
      await this.mails.dispatch(mails);
      released += count;
    }
    return released;
  }

  desksById(ids: string[]): Promise<Desk[]> {
    return ids.length ? this.desks.find({ id: In([...new Set(ids)]) }) : Promise.resolve([]);
  }
}
