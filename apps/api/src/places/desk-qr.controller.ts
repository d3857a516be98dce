import { Controller, Get, HttpCode, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { Request, Response } from 'express';
import { CurrentPrincipal, Roles } from '../common/auth/decorators.js';
import type { Principal } from '../common/context/request-context.js';
import { publicOrigin } from '../common/http/public-origin.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { DeskQrService } from './desk-qr.service.js';

export class QrSheetQueryDto {
  @ApiPropertyOptional({ enum: ['en', 'de'], description: 'Default: the caller’s language' })
  @IsOptional()
  @IsIn(['en', 'de'])
  lang?: 'en' | 'de';
}

export class QrTokensReplacedDto {
  @ApiProperty({ description: 'How many desk codes were replaced' }) rotated: number;
}

/** A floor's desk QR codes (README "QR check-in and walk-up booking"), for the people who print them. */
@ApiTags('places')
@Controller()
@Roles('facility_manager', 'tenant_admin')
export class DeskQrController {
  constructor(
    private readonly qr: DeskQrService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('floors/:id/qr-sheet.pdf')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'An A4 sheet of the floor’s desk QR codes, sorted by label' })
  async sheet(
    @CurrentPrincipal() principal: Principal,
    @Param('id') floorId: string,
    @Query() query: QrSheetQueryDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const lang = query.lang ?? (principal.locale === 'de' ? 'de' : 'en');
    const file = await this.qr.sheet(floorId, publicOrigin(this.config, req), lang);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `attachment; filename="${file.filename}"`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // The sheet carries the codes that open desks to walk-up booking: never kept by a shared cache.
    res.setHeader('Cache-Control', 'no-store');
    res.end(file.pdf);
  }

  @Post('floors/:id/qr-tokens')
  @HttpCode(200)
  @ApiOkResponse({ type: QrTokensReplacedDto, description: 'Every desk of the floor has a new code; printed sheets stop working' })
  async replace(@Param('id') floorId: string): Promise<QrTokensReplacedDto> {
    return { rotated: await this.qr.replaceAll(floorId) };
  }
}
