import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { Response } from 'express';
import { CurrentPrincipal, Roles } from '../common/auth/decorators.js';
import type { Principal } from '../common/context/request-context.js';
import { ComplianceService, type ComplianceFile } from './compliance.service.js';
import type { ComplianceDocumentKind } from './documents/compliance-documents.js';

export class ComplianceDocumentQueryDto {
  @ApiPropertyOptional({ enum: ['en', 'de'], description: 'Default: the caller’s language' })
  @IsOptional()
  @IsIn(['en', 'de'])
  lang?: 'en' | 'de';
  @ApiPropertyOptional({ enum: ['md', 'pdf'], description: 'Default: md' }) @IsOptional() @IsIn(['md', 'pdf']) format?: 'md' | 'pdf';
}

/** API.md: compliance documents generated from the live settings, for tenant admins, as downloads. */
@ApiTags('admin')
@Controller('admin/compliance')
@Roles('tenant_admin')
export class ComplianceController {
  constructor(private readonly compliance: ComplianceService) {}

  @Get('processing-record')
  @ApiProduces('text/markdown', 'application/pdf')
  @ApiOkResponse({ description: 'The Art. 30 record of processing for desk booking' })
  processingRecord(
    @CurrentPrincipal() principal: Principal,
    @Query() query: ComplianceDocumentQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    return this.send(principal, 'processing-record', query, res);
  }

  @Get('toms')
  @ApiProduces('text/markdown', 'application/pdf')
  @ApiOkResponse({ description: 'Technical and organisational measures (Art. 32)' })
  toms(@CurrentPrincipal() principal: Principal, @Query() query: ComplianceDocumentQueryDto, @Res() res: Response): Promise<void> {
    return this.send(principal, 'toms', query, res);
  }

  private async send(principal: Principal, kind: ComplianceDocumentKind, query: ComplianceDocumentQueryDto, res: Response): Promise<void> {
    const lang = query.lang ?? (principal.locale === 'de' ? 'de' : 'en');
    download(res, await this.compliance.file(principal, kind, lang, query.format ?? 'md'));
  }
}

function download(res: Response, file: ComplianceFile): void {
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Content-Disposition', `attachment; filename="${file.filename}"`);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Cache-Control', 'no-store');
  res.end(file.content);
}
