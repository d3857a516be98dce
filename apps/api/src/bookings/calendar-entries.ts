import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { Principal } from '../common/context/request-context.js';
import { DesksRepository, FloorsRepository, LocationsRepository } from '../places/places.repositories.js';
import { BookingsRepository } from './bookings.repository.js';
import type { CalendarEntry } from './calendar.js';

const DAY_MS = 86_400_000;
/** The calendar file covers the recent past and the year ahead. */
const PAST_MS = 60 * DAY_MS;
const AHEAD_MS = 366 * DAY_MS;

/**
 * The caller's bookings with the place of each, for their calendar file: the desks, floors and
 * locations are read once each (one query per table, however many bookings).
 */
@Injectable()
export class CalendarEntries {
  constructor(
    private readonly bookings: BookingsRepository,
    private readonly desks: DesksRepository,
    private readonly floors: FloorsRepository,
    private readonly locations: LocationsRepository,
  ) {}

  async of(principal: Principal, now = new Date()): Promise<CalendarEntry[]> {
    const all = await this.bookings.mine(principal.userId, new Date(now.getTime() - PAST_MS), new Date(now.getTime() + AHEAD_MS));
    const bookings = all.filter((b) => !b.cancelledAt);
    const desks = await byId(
      bookings.map((b) => b.deskId),
      (ids) => this.desks.find({ id: In(ids) }),
    );
    const floors = await byId(
      [...desks.values()].map((d) => d.floorId),
      (ids) => this.floors.find({ id: In(ids) }),
    );
    const locations = await byId(
      [...floors.values()].map((f) => f.locationId),
      (ids) => this.locations.find({ id: In(ids) }),
    );
    return bookings.flatMap((booking) => {
      const desk = desks.get(booking.deskId);
      const floor = desk && floors.get(desk.floorId);
      const location = floor && locations.get(floor.locationId);
      if (!desk || !floor || !location) return [];
      return [{ booking, deskLabel: desk.label, floorName: floor.name, locationName: location.name, address: location.address }];
    });
  }
}

/** The rows with these ids (each asked for once; none when there are none), by id. */
async function byId<T extends { id: string }>(ids: string[], find: (ids: string[]) => Promise<T[]>): Promise<Map<string, T>> {
  const unique = [...new Set(ids)];
  return new Map((unique.length ? await find(unique) : []).map((row) => [row.id, row]));
}
