import { Injectable, Logger } from '@nestjs/common';
import { DateTime } from 'luxon';
import { BookingsDataRepository } from '../bookings/bookings-data.repository.js';
import { createEventLoopPause } from '../common/event-loop.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import type { Desk } from '../places/entities/desk.entity.js';
import type { Location } from '../places/entities/location.entity.js';
import { DesksRepository, LocationsRepository } from '../places/places.repositories.js';
import { AnalyticsRepository } from './analytics.repository.js';
import { dayUsage, type DeskUsage, type ScopeUsage, type UsageDesk } from './day-usage.js';
import { localDate, localDays, shiftDate, type LocalDay } from './local-days.js';

/** Days rolled up per transaction: a month's bookings of a location are read and written at once. */
const CHUNK_DAYS = 31;
/** The hourly refresh redoes the last days (no-show releases, late check-ins) … */
const RECENT_DAYS_BACK = 3;
/** … and the booked future, as far as anyone may book ahead. */
const DAYS_AHEAD = 366;

/**
 * Keeps utilization_days and utilization_desk_days current (README "Utilization analytics"). A
 * location's days are recomputed from its bookings and replaced whole, so a refresh is idempotent and
 * may run again after a crash. The counts hold no person, so anonymization never needs to touch them.
 */
@Injectable()
export class UtilizationRollup {
  private readonly logger = new Logger(UtilizationRollup.name);

  constructor(
    private readonly locations: LocationsRepository,
    private readonly desks: DesksRepository,
    private readonly bookings: BookingsDataRepository,
    private readonly rollup: AnalyticsRepository,
    private readonly tx: TransactionRunner,
  ) {}

  /** Every tenant's recent and coming days (the hourly job). */
  async refreshRecent(now = new Date()): Promise<void> {
    const byTenant = new Map<string, Location[]>();
    for (const l of await this.locations.ofEveryTenant()) byTenant.set(l.tenantId, [...(byTenant.get(l.tenantId) ?? []), l]);
    for (const [tenantId, locations] of byTenant) {
      for (const location of locations) {
        const today = DateTime.fromJSDate(now, { zone: location.timezone });
        await this.refreshLocation(
          location,
          today.minus({ days: RECENT_DAYS_BACK }).toISODate()!,
          today.plus({ days: DAYS_AHEAD }).toISODate()!,
        );
      }
      await this.rollup.markRefreshed(tenantId, now);
    }
  }

  /** Every tenant's whole history (the nightly job). */
  async rebuildAll(now = new Date()): Promise<void> {
    const tenants = new Set((await this.locations.ofEveryTenant()).map((l) => l.tenantId));
    for (const tenantId of tenants) await this.rebuildTenant(tenantId, now);
  }

  /**
   * A tenant's whole history, from each location's first remaining booking on (the nightly job and
   * "refresh now"). Days before it are kept: in `delete` retention mode their bookings are gone, and
   * their counts are all that is left.
   */
  async rebuildTenant(tenantId: string, now = new Date()): Promise<void> {
    for (const location of await this.locations.ofTenant(tenantId)) {
      const desks = await this.desks.ofLocation(tenantId, location.id);
      const first = await this.bookings.firstStartOnDesks(desks.map((d) => d.id));
      const today = DateTime.fromJSDate(now, { zone: location.timezone });
      const from = first ? localDate(first, location.timezone) : today.toISODate()!;
      await this.refreshDesks(location, desks, from, today.plus({ days: DAYS_AHEAD }).toISODate()!);
    }
    await this.rollup.markRefreshed(tenantId, now);
  }

  /** Recomputes a location's days from..to (local dates, inclusive), a month per transaction. */
  async refreshLocation(location: Location, from: string, to: string): Promise<void> {
    await this.refreshDesks(location, await this.desks.ofLocation(location.tenantId, location.id), from, to);
  }

  private async refreshDesks(location: Location, desks: readonly Desk[], from: string, to: string): Promise<void> {
    const started = performance.now();
    const deskMap = new Map<string, UsageDesk>(desks.map((d) => [d.id, { id: d.id, floorId: d.floorId, zone: d.zone }]));
    const floorIds = [...new Set(desks.map((d) => d.floorId))];
    const pause = createEventLoopPause();
    for (let chunkStart = from; chunkStart <= to; chunkStart = shiftDate(chunkStart, CHUNK_DAYS)) {
      const chunkEnd = shiftDate(chunkStart, CHUNK_DAYS - 1) < to ? shiftDate(chunkStart, CHUNK_DAYS - 1) : to;
      const days = localDays(chunkStart, chunkEnd, location.timezone, location.openingHours);
      const bookings = desks.length
        ? await this.bookings.outcomesOnDesks([...deskMap.keys()], new Date(days[0].startMs), new Date(days.at(-1)!.endMs))
        : [];
      const perDay = days.map(() => [] as typeof bookings);
      for (const booking of bookings) perDay[dayIndex(days, booking.startsAt.getTime())]?.push(booking);
      const usage: { day: string; scopes: ScopeUsage[]; desks: DeskUsage[] }[] = [];
      for (const [i, day] of days.entries()) {
        usage.push({ day: day.date, ...dayUsage(day, deskMap, perDay[i]) });
        await pause();
      }
      await this.tx.run((m) =>
        this.rollup.replaceDays(
          m,
          { tenantId: location.tenantId, locationId: location.id, floorIds, from: days[0].date, to: chunkEnd },
          usage,
        ),
      );
    }
    this.logger.debug(`Rolled up location ${location.id} ${from}…${to} in ${Math.round(performance.now() - started)} ms`);
  }
}

/** The day (by index) an instant falls on; -1 outside. */
function dayIndex(days: readonly LocalDay[], ms: number): number {
  let lo = 0;
  let hi = days.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ms < days[mid].startMs) hi = mid - 1;
    else if (ms >= days[mid].endMs) lo = mid + 1;
    else return mid;
  }
  return -1;
}
