import { Body, Controller, Delete, Get, HttpCode, Req, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AccountSecurityService } from '../auth/account-security.service.js';
import { AllowedBeforeTotpEnrollment, CurrentPrincipal, Roles } from '../common/auth/decorators.js';
import { clearSessionCookie } from '../common/auth/session-cookie.js';
import type { Principal } from '../common/context/request-context.js';
import { DataExportService } from './data-export.service.js';
import { EraseMeDto } from './dto/data-rights.dto.js';
import { ErasureService } from './erasure.service.js';
import { TenantExportService } from './tenant-export.service.js';

const day = (d: Date) => d.toISOString().slice(0, 10);

function sendAsDownload(res: Response, filename: string): void {
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  res.setHeader('Cache-Control', 'no-store');
}

/** Data-subject rights: access and erasure for everyone, the tenant export for its admins. */
@ApiTags('data')
@Controller()
export class DataRightsController {
  constructor(
    private readonly exports: DataExportService,
    private readonly erasure: ErasureService,
    private readonly tenantExport: TenantExportService,
    private readonly accountSecurity: AccountSecurityService,
  ) {}

  @Get('me/export')
  @AllowedBeforeTotpEnrollment()
  @ApiProduces('application/json')
  @ApiOkResponse({ description: 'Every piece of personal data about the caller, as a JSON download', schema: { type: 'object' } })
  async exportMine(@CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) res: Response): Promise<unknown> {
    const now = new Date();
    sendAsDownload(res, `deskbook-my-data-${day(now)}.json`);
    return this.exports.personalData(principal, now);
  }

  @Delete('me')
  @AllowedBeforeTotpEnrollment()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The account is erased: bookings anonymized, future ones cancelled, sessions ended' })
  async eraseMe(
    @CurrentPrincipal() principal: Principal,
    @Body() dto: EraseMeDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    await this.accountSecurity.confirmPassword(principal, dto.password);
    await this.erasure.erase(principal, principal.userId);
    clearSessionCookie(req, res);
  }

  @Get('admin/export')
  @Roles('tenant_admin')
  @ApiProduces('application/json')
  @ApiOkResponse({
    description: "The whole tenant's data as a JSON download; anonymized bookings carry no identity",
    schema: { type: 'object' },
  })
  async exportTenant(@CurrentPrincipal() principal: Principal, @Res() res: Response): Promise<void> {
    const now = new Date();
    sendAsDownload(res, `deskbook-export-${day(now)}.json`);
    res.status(200);
    await this.tenantExport.writeTenant(
      principal,
      (chunk) =>
        new Promise<void>((resolve) => {
          if (res.write(chunk)) resolve();
          else res.once('drain', resolve);
        }),
      now,
    );
    res.end();
  }
}
