import { Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, Roles } from '../common/auth/decorators.js';
import type { Principal } from '../common/context/request-context.js';
import { ErrorDto } from '../common/errors/error-response.js';
import { toCsv } from '../common/http/csv.js';
import { AnalyticsService } from './analytics.service.js';
import {
  AnalyticsScopeQueryDto,
  AnalyticsStatusDto,
  DeskFiguresDto,
  HeatmapCellDto,
  UtilizationPointDto,
  UtilizationQueryDto,
  UtilizationSummaryDto,
} from './dto/analytics.dto.js';

/**
 * API.md "Utilization analytics": aggregates for facility managers and tenant admins, never an
 * identity. Each figure answers as JSON or, with `?format=csv`, as a download of the same rows.
 */
@ApiTags('analytics')
@Controller('analytics')
@Roles('facility_manager', 'tenant_admin')
@ApiBadRequestResponse({ type: ErrorDto, description: 'VALIDATION_FAILED: dates, range over 24 months, no location or floor' })
@ApiNotFoundResponse({ type: ErrorDto, description: 'The location or floor is not the tenant’s' })
export class AnalyticsController {
  constructor(private readonly analytics: AnalyticsService) {}

  @Get('utilization')
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ type: [UtilizationPointDto] })
  async utilization(
    @CurrentPrincipal() principal: Principal,
    @Query() query: UtilizationQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<UtilizationPointDto[] | string> {
    return answer(res, query, 'utilization', await this.analytics.utilization(principal, query));
  }

  @Get('heatmap')
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ type: [HeatmapCellDto] })
  async heatmap(
    @CurrentPrincipal() principal: Principal,
    @Query() query: AnalyticsScopeQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<HeatmapCellDto[] | string> {
    return answer(res, query, 'heatmap', await this.analytics.heatmap(principal, query));
  }

  @Get('desks')
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ type: [DeskFiguresDto], description: 'The floor’s desks, most booked first (floorId is required)' })
  async desks(
    @CurrentPrincipal() principal: Principal,
    @Query() query: AnalyticsScopeQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<DeskFiguresDto[] | string> {
    return answer(res, query, 'desks', await this.analytics.desksOfFloor(principal, query));
  }

  @Get('summary')
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ type: UtilizationSummaryDto })
  async summary(
    @CurrentPrincipal() principal: Principal,
    @Query() query: AnalyticsScopeQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<UtilizationSummaryDto | string> {
    return answer(res, query, 'summary', await this.analytics.summary(principal, query));
  }

  @Get('status')
  @ApiOkResponse({ type: AnalyticsStatusDto })
  status(@CurrentPrincipal() principal: Principal): Promise<AnalyticsStatusDto> {
    return this.analytics.status(principal);
  }

  /** Rebuilds the tenant's rollup from its bookings, as a job; `status` tells when it is done. */
  @Post('refresh')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: AnalyticsStatusDto, description: 'Queued; refreshedAt is the last completed refresh' })
  refresh(@CurrentPrincipal() principal: Principal): Promise<AnalyticsStatusDto> {
    return this.analytics.requestRefresh(principal);
  }
}

/** JSON as it is, or CSV of the same rows (nested objects flattened to `desksNeeded.max`; null → empty cell). */
function answer<T extends object>(res: Response, query: AnalyticsScopeQueryDto, name: string, body: T): T | string {
  if (query.format !== 'csv') return body;
  const rows = (Array.isArray(body) ? (body as object[]) : [body]).map((row) => flatten(row));
  const header = rows.length ? Object.keys(rows[0]) : [];
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${name}-${query.from}-${query.to}.csv"`);
  res.setHeader('Cache-Control', 'no-store');
  return toCsv(
    header,
    rows.map((row) => header.map((key) => (row[key] === null || row[key] === undefined ? null : String(row[key])))),
  );
}

type Cell = string | number | boolean | null;

function flatten(row: object, prefix = ''): Record<string, Cell> {
  const out: Record<string, Cell> = {};
  for (const [key, value] of Object.entries(row)) {
    if (value !== null && typeof value === 'object' && !Array.isArray(value))
      Object.assign(out, flatten(value as object, `${prefix}${key}.`));
    else out[`${prefix}${key}`] = value as Cell;
  }
  return out;
}
