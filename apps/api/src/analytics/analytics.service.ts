import { Inject, Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { ValidationFailedError, NotFoundError } from '../common/errors/domain-error.js';
import type { Principal } from '../common/context/request-context.js';
import { JOB_RUNNER, type JobRunner } from '../jobs/job-runner.js';
import type { Desk } from '../places/entities/desk.entity.js';
import type { Location } from '../places/entities/location.entity.js';
import { DeskBookabilityRepository } from '../places/desk-bookability.repository.js';
import { DesksRepository, FloorsRepository, LocationsRepository } from '../places/places.repositories.js';
import { AnalyticsRepository, type Scope } from './analytics.repository.js';
import { deskCapacity, withFirstBooking, type DeskHistory } from './bookability.js';
import type {
  AnalyticsScopeQueryDto,
  AnalyticsStatusDto,
  DeskFiguresDto,
  HeatmapCellDto,
  UtilizationPointDto,
  UtilizationQueryDto,
  UtilizationSummaryDto,
} from './dto/analytics.dto.js';
import { deskRanking, heatmap, summary, utilizationSeries, type DayFacts } from './figures.js';
import { daysInRange, localDays, MAX_RANGE_DAYS, type LocalDay } from './local-days.js';

export const REBUILD_JOB = 'analytics.rebuild';

/** A resolved question: which desks, which days, divided by what. */
interface Question {
  scope: Scope;
  location: Location;
  desks: Desk[];
  days: LocalDay[];
  histories: DeskHistory[];
  minGroupSize: number;
}

/** Answers API.md "Utilization analytics" from the rollup, for the caller's tenant only. */
@Injectable()
export class AnalyticsService {
  constructor(
    private readonly locations: LocationsRepository,
    private readonly floors: FloorsRepository,
    private readonly desks: DesksRepository,
    private readonly bookability: DeskBookabilityRepository,
    private readonly rollup: AnalyticsRepository,
    @Inject(JOB_RUNNER) private readonly jobs: JobRunner,
  ) {}

  async utilization(principal: Principal, query: UtilizationQueryDto): Promise<UtilizationPointDto[]> {
    const q = await this.question(principal, query);
    return utilizationSeries(await this.dayFacts(q), query.granularity ?? 'day', q.minGroupSize);
  }

  async heatmap(principal: Principal, query: AnalyticsScopeQueryDto): Promise<HeatmapCellDto[]> {
    const q = await this.question(principal, query);
    return heatmap(await this.dayFacts(q), q.minGroupSize);
  }

  async summary(principal: Principal, query: AnalyticsScopeQueryDto): Promise<UtilizationSummaryDto> {
    const q = await this.question(principal, query);
    const figures = summary(await this.dayFacts(q), q.minGroupSize);
    const refreshedAt = await this.rollup.refreshedAt(principal.tenantId);
    return {
      ...figures,
      bookableDesks: q.desks.filter((d) => d.bookable).length,
      totalDesks: q.desks.length,
      minGroupSize: q.minGroupSize,
      refreshedAt: refreshedAt?.toISOString() ?? null,
    };
  }

  /** The floor's desks, most booked first; the floor is required (the figures feed its overlay). */
  async desksOfFloor(principal: Principal, query: AnalyticsScopeQueryDto): Promise<DeskFiguresDto[]> {
    if (!query.floorId) throw new ValidationFailedError([{ field: 'floorId', messages: ['floorId is required'] }]);
    const q = await this.question(principal, query);
    const totals = await this.rollup.deskTotals(q.scope.floorId, query.from, query.to);
    const { availableMinutes } = deskCapacity(q.histories, q.days);
    return deskRanking(
      q.desks.map((d) => ({
        deskId: d.id,
        label: d.label,
        zone: d.zone,
        x: d.x,
        y: d.y,
        bookable: d.bookable,
        bookings: totals.get(d.id)?.bookings ?? 0,
        bookedMinutes: totals.get(d.id)?.bookedMinutes ?? 0,
        availableMinutes: availableMinutes.get(d.id) ?? 0,
      })),
      q.minGroupSize,
    );
  }

  async status(principal: Principal): Promise<AnalyticsStatusDto> {
    return { refreshedAt: (await this.rollup.refreshedAt(principal.tenantId))?.toISOString() ?? null };
  }

  /** Queues a rebuild of the caller's tenant; `status` changes once it is done. */
  async requestRefresh(principal: Principal): Promise<AnalyticsStatusDto> {
    await this.jobs.trigger(REBUILD_JOB, { tenantId: principal.tenantId }, { once: true });
    return this.status(principal);
  }

  private async dayFacts(q: Question): Promise<DayFacts[]> {
    const rows = new Map((await this.rollup.scopeDays(q.scope, q.days[0].date, q.days.at(-1)!.date)).map((r) => [r.day, r]));
    const capacity = deskCapacity(q.histories, q.days);
    return q.days.map((day, i) => ({ day, bookableDesks: capacity.bookable[i], totalDesks: capacity.total[i], usage: rows.get(day.date) }));
  }

  /** Checks the range, finds the location or floor in the caller's tenant (404 otherwise) and its desks. */
  private async question(principal: Principal, query: AnalyticsScopeQueryDto): Promise<Question> {
    const length = daysInRange(query.from, query.to);
    if (!(length >= 1)) throw new ValidationFailedError([{ field: 'to', messages: ['from and to must be real dates, from not after to'] }]);
    if (length > MAX_RANGE_DAYS) throw new ValidationFailedError([{ field: 'to', messages: ['The range may span at most 24 months'] }]);
    let location: Location;
    let floorId = '';
    if (query.floorId) {
      const floor = await this.floors.getById(query.floorId);
      if (query.locationId && query.locationId !== floor.locationId) throw new NotFoundError('Floor');
      location = await this.locations.getById(floor.locationId);
      floorId = floor.id;
    } else if (query.locationId) {
      location = await this.locations.getById(query.locationId);
    } else {
      throw new ValidationFailedError([{ field: 'locationId', messages: ['Give a locationId or a floorId'] }]);
    }
    const zone = query.zone ?? '';
    const desks = (await this.desks.ofLocation(principal.tenantId, location.id, floorId || undefined)).filter(
      (d) => !zone || d.zone === zone,
    );
    const days = localDays(query.from, query.to, location.timezone, location.openingHours);
    const histories = new Map<string, DeskHistory>(desks.map((d) => [d.id, { deskId: d.id, changes: [] }]));
    for (const c of await this.bookability.historyOf(desks.map((d) => d.id))) {
      histories.get(c.deskId)?.changes.push({ at: c.changedAt.getTime(), bookable: c.bookable });
    }
    // Only a desk created after the range began can have bookings from before it (imported history).
    const young = [...histories.values()].filter((h) => (h.changes[0]?.at ?? 0) > days[0].startMs).map((h) => h.deskId);
    const firstBooked = young.length ? await this.rollup.firstBookedDays(young) : new Map<string, string>();
    const dayStart = (date: string | undefined) => (date ? DateTime.fromISO(date, { zone: location.timezone }).toMillis() : undefined);
    return {
      scope: { locationId: location.id, floorId, zone },
      location,
      desks,
      days,
      histories: [...histories.values()].map((h) => withFirstBooking(h, dayStart(firstBooked.get(h.deskId)))),
      minGroupSize: principal.tenantSettings.privacy.analyticsMinGroupSize,
    };
  }
}
