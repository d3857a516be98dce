import { Injectable } from '@nestjs/common';
import { IsNull, MoreThan, type EntityManager } from 'typeorm';
import { claim, PersonalDataContributor, type ErasureSubject, type PersonalData } from '../common/personal-data/personal-data.js';
import { executeWrite, placeholders, quoter } from '../database/raw-sql.js';
import { DesksRepository } from '../places/places.repositories.js';
import { UsersRepository } from '../users/users.repository.js';
import { BookingIdempotencyKey } from './entities/booking-idempotency-key.entity.js';
import { Booking } from './entities/booking.entity.js';
import { CalendarFeed } from './entities/calendar-feed.entity.js';
import { DeskFavourite } from './entities/desk-favourite.entity.js';
import { FavouritesRepository } from './favourites.repository.js';
import { DeskBlock } from './entities/desk-block.entity.js';

const iso = (d: Date | null) => d?.toISOString() ?? null;
/** Bookings anonymized per statement while erasing someone: short statements, the table stays usable. */
const ERASURE_CHUNK = 1_000;

/** Who booked which desk when, and what the app sent to book it. */
@Injectable()
@PersonalDataContributor()
export class BookingsPersonalData implements PersonalData {
  readonly name = 'bookings';
  readonly claims = [
    claim(
      Booking,
      ['userId', 'visibleToColleagues', 'visibilityCeiling', 'createdAt', 'seriesId', 'cancelNote'],
      "who booked, whether colleagues may see it (and the ceiling derived from that), when it was booked to the millisecond, which of the person's bookings form one series, the reason staff gave for cancelling it",
      'the sweep (set to NULL, `createdAt` truncated to the day; or the row deleted in `delete` mode); erasure (at once, whatever the period)',
    ),
    claim(
      Booking,
      ['bookedById'],
      'which staff member booked a desk for the person',
      "with the booking (the sweep, the person's erasure); the staff member's erasure sets it to NULL",
    ),
    claim(
      DeskBlock,
      ['createdById'],
      "which staff member blocked desks or a floor for some days (the block's reason is about desks, not a person)",
      'erasure of that staff member sets it to NULL; the block stays (it is about desks)',
    ),
    UsersRepository.claim(
      ['bookingAddedAt'],
      'when a booking was last added for the person (booked or imported), to the millisecond',
      'the bookings.housekeeping job (every 15 minutes), once older than 5 minutes (floor availability only looks at it that long); erasure (row removed)',
    ),
    claim(
      BookingIdempotencyKey,
      ['userId', 'idempotencyKey', 'requestHash'],
      'who sent which client-chosen `Idempotency-Key` for which booking, and a hash of that request',
      "24 hours after the booking was made (purged by the bookings.housekeeping job); with the booking's person (the sweep, erasure), whichever comes first",
    ),
    claim(
      CalendarFeed,
      ['userId', 'tokenHash', 'sealedToken', 'createdAt'],
      "whose calendar feed it is, the SHA-256 of its secret token and the token sealed with the app's key, when it was made",
      'revoking or regenerating the feed; erasure (row removed)',
    ),
    claim(
      DeskFavourite,
      ['userId', 'deskId', 'usual', 'createdAt'],
      'which desks the person marked as favourites, which one is their usual desk, and since when',
      'erasure (rows removed; also with the desk); the person removes them any time (`DELETE /me/favourites/:deskId`)',
    ),
  ];

  constructor(
    private readonly desks: DesksRepository,
    private readonly users: UsersRepository,
    private readonly favourites: FavouritesRepository,
  ) {}

  async exportFor(m: EntityManager, tenantId: string, userId: string) {
    const { bookingAddedAt } = await this.users.columnsOf(m, tenantId, userId, ['bookingAddedAt']);
    const bookings = await m.find(Booking, { where: { userId, tenantId }, order: { startsAt: 'ASC' } });
    const places = await this.desks.placeNames(
      m,
      bookings.map((b) => b.deskId),
    );
    const favourites = await this.favourites.rowsOf(m, tenantId, userId);
    const favouritePlaces = await this.desks.placeNames(
      m,
      favourites.map((f) => f.deskId),
    );
    const keys = new Map((await m.findBy(BookingIdempotencyKey, { userId })).map((k) => [k.bookingId, k.idempotencyKey]));
    const feed = await m.findOneBy(CalendarFeed, { tenantId, userId });
    const blocks = await m.find(DeskBlock, { where: { tenantId, createdById: userId }, order: { createdAt: 'ASC' } });
    return {
      deskBlocksCreated: blocks.map((b) => ({
        id: b.id,
        floorId: b.floorId,
        startsAt: b.startsAt.toISOString(),
        endsAt: b.endsAt.toISOString(),
        reason: b.reason,
        createdAt: b.createdAt.toISOString(),
      })),
      // Kept only minutes (floor availability uses it; the anonymization sweep clears it).
      profile: { lastBookingAddedAt: iso(bookingAddedAt) },
      // That a feed exists and since when; never its token (the export is a file people pass on).
      calendarFeed: feed ? { createdAt: feed.createdAt.toISOString() } : null,
      bookings: bookings.map((b) => ({
        id: b.id,
        desk: places.get(b.deskId) ?? null,
        startsAt: b.startsAt.toISOString(),
        endsAt: b.endsAt.toISOString(),
        visibleToColleagues: b.visibleToColleagues,
        checkedInAt: iso(b.checkedInAt),
        cancelledAt: iso(b.cancelledAt),
        cancelReason: b.cancelReason,
        cancelNote: b.cancelNote,
        seriesId: b.seriesId,
        bookedByStaff: b.bookedById !== null,
        createdAt: b.createdAt.toISOString(),
        idempotencyKey: keys.get(b.id) ?? null,
      })),
      favourites: favourites.map((f) => ({
        desk: favouritePlaces.get(f.deskId) ?? null,
        usual: f.usual,
        createdAt: f.createdAt.toISOString(),
      })),
    };
  }

  /** Future bookings are cancelled (the desks are free again), then every booking of theirs is anonymized. */
  async erase(m: EntityManager, { tenantId, userId, now, anonymizeBookings }: ErasureSubject) {
    // The feed URL answers 404 from this commit on (the cascade from users would remove it too).
    await m.delete(CalendarFeed, { tenantId, userId });
    // Bookings this person made for others stay theirs; only the link to the one erased goes.
    await m.update(Booking, { tenantId, bookedById: userId }, { bookedById: null });
    // Blocks are about desks: they stay, without who created them.
    await m.update(DeskBlock, { tenantId, createdById: userId }, { createdById: null });
    const cancelled = await m.update(
      Booking,
      { tenantId, userId, cancelledAt: IsNull(), endsAt: MoreThan(now) },
      { cancelledAt: now, cancelReason: 'erased' },
    );
    let anonymized = 0;
    for (;;) {
      const rows = await m.find(Booking, { where: { tenantId, userId }, select: { id: true }, take: ERASURE_CHUNK });
      const done = rows.length === 0 ? 0 : await anonymizeBookings(rows.map((r) => r.id));
      if (done === 0) break;
      anonymized += done;
    }
    await this.favourites.eraseOf(m, tenantId, userId);
    return { bookingsAnonymized: anonymized, bookingsCancelled: cancelled.affected ?? 0 };
  }

  /** The Idempotency-Key is the client's free text: it goes with the booking's person. */
  async anonymizeBookings(m: EntityManager, bookingIds: string[]): Promise<void> {
    const q = quoter(m);
    await executeWrite(
      m,
      `DELETE FROM ${q('booking_idempotency_keys')} WHERE ${q('bookingId')} IN (${placeholders(bookingIds)})`,
      bookingIds,
    );
  }
}
