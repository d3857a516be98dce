import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Between, In, Repository, type EntityManager } from 'typeorm';
import { chunksOf } from '../common/collections.js';
import { executeWrite, placeholders } from '../database/raw-sql.js';
import type { DeskUsage, ScopeUsage } from './day-usage.js';
import { lastDayOfMonth, shiftDate, wholeMonths } from './local-days.js';
import { UtilizationDay } from './entities/utilization-day.entity.js';
import { UtilizationDeskDay } from './entities/utilization-desk-day.entity.js';
import { UtilizationDeskMonth } from './entities/utilization-desk-month.entity.js';
import { UtilizationRefresh } from './entities/utilization-refresh.entity.js';

/** One scope: the whole location (floorId ''), a floor, and optionally one zone of either (zone ''). */
export interface Scope {
  locationId: string;
  floorId: string;
  zone: string;
}

const INSERT_CHUNK = 500;

export interface DeskTotal {
  bookings: number;
  bookedMinutes: number;
}
interface RawTotal {
  deskId: string;
  bookings: string | number;
  bookedMinutes: string | number;
}

/** The rollup tables: written a location's days at a time, read a scope's days at a time. */
@Injectable()
export class AnalyticsRepository {
  constructor(
    @InjectRepository(UtilizationDay) private readonly days: Repository<UtilizationDay>,
    @InjectRepository(UtilizationDeskDay) private readonly deskDays: Repository<UtilizationDeskDay>,
    @InjectRepository(UtilizationDeskMonth) private readonly deskMonths: Repository<UtilizationDeskMonth>,
    @InjectRepository(UtilizationRefresh) private readonly refreshes: Repository<UtilizationRefresh>,
  ) {}

  /** Replaces the rollup of a location's days from..to (inclusive) with these counts, in the caller's transaction. */
  async replaceDays(
    m: EntityManager,
    target: { tenantId: string; locationId: string; floorIds: readonly string[]; from: string; to: string },
    days: readonly { day: string; scopes: ScopeUsage[]; desks: DeskUsage[] }[],
  ): Promise<void> {
    const range = Between(target.from, target.to);
    await m.delete(UtilizationDay, { locationId: target.locationId, day: range });
    if (target.floorIds.length) await m.delete(UtilizationDeskDay, { floorId: In([...target.floorIds]), day: range });
    const { tenantId, locationId } = target;
    const scopeRows = days.flatMap(({ day, scopes }) => scopes.map((s) => ({ ...s, day, tenantId, locationId })));
    const deskRows = days.flatMap(({ day, desks }) => desks.map((d) => ({ ...d, day, tenantId })));
    for (const part of chunksOf(scopeRows, INSERT_CHUNK)) await m.insert(UtilizationDay, part);
    for (const part of chunksOf(deskRows, INSERT_CHUNK)) await m.insert(UtilizationDeskDay, part);
    if (target.floorIds.length) await this.resumMonths(m, target.floorIds, target.from.slice(0, 7), target.to.slice(0, 7));
  }

  /** Recomputes the desk months from..to (YYYY-MM) of these floors from their desk days, whole months. */
  private async resumMonths(m: EntityManager, floorIds: readonly string[], from: string, to: string): Promise<void> {
    await m.delete(UtilizationDeskMonth, { floorId: In([...floorIds]), month: Between(from, to) });
    // SUBSTR and this INSERT … SELECT read the same on MariaDB, MySQL and SQLite.
    await executeWrite(
      m,
      `INSERT INTO utilization_desk_months (floorId, month, deskId, tenantId, bookings, bookedMinutes)
       SELECT floorId, SUBSTR(day, 1, 7), deskId, tenantId, SUM(bookings), SUM(bookedMinutes) FROM utilization_desk_days
       WHERE floorId IN (${placeholders(floorIds)}) AND day BETWEEN ? AND ?
       GROUP BY floorId, SUBSTR(day, 1, 7), deskId, tenantId`,
      [...floorIds, `${from}-01`, `${to}-31`],
    );
  }

  /** A scope's rolled-up days from..to (inclusive). */
  scopeDays(scope: Scope, from: string, to: string): Promise<UtilizationDay[]> {
    return this.days.find({ where: { ...scope, day: Between(from, to) } });
  }

  /**
   * Per desk of a floor: bookings and booked minutes from..to (inclusive), summed by the database:
   * the whole months inside the range from utilization_desk_months, the days at either end from
   * utilization_desk_days.
   */
  async deskTotals(floorId: string, from: string, to: string): Promise<Map<string, DeskTotal>> {
    const totals = new Map<string, DeskTotal>();
    const add = (rows: RawTotal[]) => {
      for (const r of rows) {
        const t = totals.get(r.deskId) ?? { bookings: 0, bookedMinutes: 0 };
        totals.set(r.deskId, { bookings: t.bookings + Number(r.bookings), bookedMinutes: t.bookedMinutes + Number(r.bookedMinutes) });
      }
    };
    const months = wholeMonths(from, to);
    if (!months) {
      add(await this.sumDays(floorId, from, to));
      return totals;
    }
    add(await this.sumDays(floorId, from, shiftDate(`${months.first}-01`, -1)));
    add(
      await this.deskMonths
        .createQueryBuilder('d')
        .select('d.deskId', 'deskId')
        .addSelect('SUM(d.bookings)', 'bookings')
        .addSelect('SUM(d.bookedMinutes)', 'bookedMinutes')
        .where('d.floorId = :floorId AND d.month BETWEEN :first AND :last', { floorId, ...months })
        .groupBy('d.deskId')
        .getRawMany<RawTotal>(),
    );
    add(await this.sumDays(floorId, shiftDate(lastDayOfMonth(months.last), 1), to));
    return totals;
  }

  private sumDays(floorId: string, from: string, to: string): Promise<RawTotal[]> {
    if (from > to) return Promise.resolve([]);
    return this.deskDays
      .createQueryBuilder('d')
      .select('d.deskId', 'deskId')
      .addSelect('SUM(d.bookings)', 'bookings')
      .addSelect('SUM(d.bookedMinutes)', 'bookedMinutes')
      .where('d.floorId = :floorId AND d.day BETWEEN :from AND :to', { floorId, from, to })
      .groupBy('d.deskId')
      .getRawMany<RawTotal>();
  }

  /** The first rolled-up day with a booking of each of these desks that has one. */
  async firstBookedDays(deskIds: readonly string[]): Promise<Map<string, string>> {
    const firsts = new Map<string, string>();
    for (const part of chunksOf([...deskIds], 1_000)) {
      const rows = await this.deskDays
        .createQueryBuilder('d')
        .select('d.deskId', 'deskId')
        .addSelect('MIN(d.day)', 'first')
        .where({ deskId: In(part) })
        .groupBy('d.deskId')
        .getRawMany<{ deskId: string; first: string }>();
      for (const r of rows) firsts.set(r.deskId, r.first);
    }
    return firsts;
  }

  async refreshedAt(tenantId: string): Promise<Date | null> {
    return (await this.refreshes.findOneBy({ tenantId }))?.refreshedAt ?? null;
  }

  async markRefreshed(tenantId: string, at: Date): Promise<void> {
    await this.refreshes.upsert({ tenantId, refreshedAt: at }, ['tenantId']);
  }
}
