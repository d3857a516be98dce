import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, Roles } from '../common/auth/decorators.js';
import type { Principal } from '../common/context/request-context.js';
import { ErrorDto } from '../common/errors/error-response.js';
import { toCsv } from '../common/http/csv.js';
import { ConsentsService, type ConsentReport } from './consents.service.js';
import { ConsentDto, ConsentReportDto, ConsentReportQueryDto, GiveConsentDto, toConsentDto } from './dto/consent.dto.js';

const iso = (d: Date | null) => d?.toISOString() ?? null;

const CSV_HEADER = ['userId', 'displayName', 'acceptedAt', 'withdrawnAt'] as const;

function toReportDto(report: ConsentReport): ConsentReportDto {
  return {
    accepted: report.accepted,
    total: report.total,
    records: report.records.map(({ consent, displayName }) => ({
      userId: consent.userId,
      displayName,
      acceptedAt: consent.acceptedAt.toISOString(),
      withdrawnAt: iso(consent.withdrawnAt),
    })),
  };
}

/**
 * API.md "Privacy notices and consent": giving and withdrawing consent, and the admins' report.
 * Never gated by consent itself: a person must be able to accept (and to withdraw) while booking is closed.
 */
@ApiTags('privacy')
@Controller()
export class ConsentsController {
  constructor(private readonly consents: ConsentsService) {}

  @Post('consents')
  @ApiCreatedResponse({ type: ConsentDto, description: 'Recorded' })
  @ApiOkResponse({ type: ConsentDto, description: 'The caller had already accepted this version: the existing record, nothing new' })
  @ApiConflictResponse({ type: ErrorDto, description: 'NOT_CURRENT_VERSION: a newer version was published meanwhile' })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'No such version in the caller’s tenant' })
  async give(
    @CurrentPrincipal() principal: Principal,
    @Body() body: GiveConsentDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ConsentDto> {
    const { consent, created } = await this.consents.give(principal, body.noticeVersionId);
    res.status(created ? 201 : 200);
    return toConsentDto(consent);
  }

  @Delete('consents/current')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Withdrawn (or nothing to withdraw); booking asks for consent again' })
  async withdraw(@CurrentPrincipal() principal: Principal): Promise<void> {
    await this.consents.withdraw(principal);
  }

  @Get('privacy-notice/versions/:id/consents')
  @Roles('tenant_admin')
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ type: ConsentReportDto, description: '`?format=csv`: the records as CSV' })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'No such version in the caller’s tenant' })
  async report(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: ConsentReportQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ConsentReportDto | string> {
    const report = toReportDto(await this.consents.report(principal.tenantId, id));
    if (query.format !== 'csv') return report;
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="consents-${id}.csv"`);
    return toCsv(
      CSV_HEADER,
      report.records.map((r) => [r.userId, r.displayName, r.acceptedAt, r.withdrawnAt]),
    );
  }
}
