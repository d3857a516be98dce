import { Injectable } from '@nestjs/common';
import type { Principal } from '../common/context/request-context.js';
import { DesksRepository } from '../places/places.repositories.js';
import { BookingsRepository } from './bookings.repository.js';
import type { CalendarEntry } from './calendar.js';
import type { Booking } from './entities/booking.entity.js';

const DAY_MS = 86_400_000;
/** The calendar file covers the recent past and the year ahead. */
const PAST_MS = 60 * DAY_MS;
const AHEAD_MS = 366 * DAY_MS;
/** The subscription feed starts 30 days back: calendars keep what they already have. */
const FEED_PAST_MS = 30 * DAY_MS;

/**
 * A person's bookings with the place of each, for their calendar file and their subscription feed:
 * the desks, floors and locations are read in one query (however many bookings).
 */
@Injectable()
export class CalendarEntries {
  constructor(
    private readonly bookings: BookingsRepository,
    private readonly desks: DesksRepository,
  ) {}

  /** The calendar file (GET /me/calendar.ics): active bookings only. */
  async of(principal: Principal, now = new Date()): Promise<CalendarEntry[]> {
    const all = await this.bookings.mine(principal.userId, new Date(now.getTime() - PAST_MS), new Date(now.getTime() + AHEAD_MS));
    return this.withPlaces(
      principal.tenantId,
      all.filter((b) => !b.cancelledAt),
    );
  }

  /**
   * The subscription feed: cancelled bookings too, so a subscribed calendar learns of the
   * cancellation. By an explicit tenant: the feed has no session.
   */
  async feedOf(tenantId: string, userId: string, now = new Date()): Promise<CalendarEntry[]> {
    const bookings = await this.bookings.ofPerson(
      tenantId,
      userId,
      new Date(now.getTime() - FEED_PAST_MS),
      new Date(now.getTime() + AHEAD_MS),
    );
    return this.withPlaces(tenantId, bookings);
  }

  private async withPlaces(tenantId: string, bookings: Booking[]): Promise<CalendarEntry[]> {
    const places = await this.desks.placesOf(
      tenantId,
      bookings.map((b) => b.deskId),
    );
    return bookings.flatMap((booking) => {
      const place = places.get(booking.deskId);
      if (!place) return [];
      return [{ booking, deskLabel: place.label, floorName: place.floorName, locationName: place.locationName, address: place.address }];
    });
  }
}
