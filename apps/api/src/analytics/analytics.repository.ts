import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Between, In, Repository, type EntityManager } from 'typeorm';
import { chunksOf } from '../common/collections.js';
import type { DeskUsage, ScopeUsage } from './day-usage.js';
import { UtilizationDay } from './entities/utilization-day.entity.js';
import { UtilizationDeskDay } from './entities/utilization-desk-day.entity.js';
import { UtilizationRefresh } from './entities/utilization-refresh.entity.js';

/** One scope: the whole location (floorId ''), a floor, and optionally one zone of either (zone ''). */
export interface Scope {
  locationId: string;
  floorId: string;
  zone: string;
}

const INSERT_CHUNK = 500;

/** The rollup tables: written a location's days at a time, read a scope's days at a time. */
@Injectable()
export class AnalyticsRepository {
  constructor(
    @InjectRepository(UtilizationDay) private readonly days: Repository<UtilizationDay>,
    @InjectRepository(UtilizationDeskDay) private readonly deskDays: Repository<UtilizationDeskDay>,
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
  }

  /** A scope's rolled-up days from..to (inclusive). */
  scopeDays(scope: Scope, from: string, to: string): Promise<UtilizationDay[]> {
    return this.days.find({ where: { ...scope, day: Between(from, to) } });
  }

  /** Per desk of a floor: bookings and booked minutes from..to (inclusive), summed by the database. */
  async deskTotals(floorId: string, from: string, to: string): Promise<Map<string, { bookings: number; bookedMinutes: number }>> {
    const rows = await this.deskDays
      .createQueryBuilder('d')
      .select('d.deskId', 'deskId')
      .addSelect('SUM(d.bookings)', 'bookings')
      .addSelect('SUM(d.bookedMinutes)', 'bookedMinutes')
      .where('d.floorId = :floorId AND d.day BETWEEN :from AND :to', { floorId, from, to })
      .groupBy('d.deskId')
      .getRawMany<{ deskId: string; bookings: string | number; bookedMinutes: string | number }>();
    return new Map(rows.map((r) => [r.deskId, { bookings: Number(r.bookings), bookedMinutes: Number(r.bookedMinutes) }]));
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
