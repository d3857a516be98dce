import { Body, Controller, HttpCode, Inject, Param, Post, Req } from '@nestjs/common';
import { ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { CurrentPrincipal, Roles } from '../../common/auth/decorators.js';
import type { Principal } from '../../common/context/request-context.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';
import { mailLink } from '../../mail/mail-links.js';
import { ReauthenticateDto } from '../dto/account-security.dto.js';
import { TwoFactorResetService } from './two-factor-reset.service.js';

/** Lives with auth (it changes credentials); the path sits under the admin's users. */
@ApiTags('users')
@Controller('users')
@Roles('tenant_admin')
export class TwoFactorResetController {
  constructor(
    private readonly resets: TwoFactorResetService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post(':id/reset-2fa')
  @HttpCode(204)
  @ApiNoContentResponse({
    description: "The member's second factor and recovery codes are removed, their sessions signed out, and they are mailed",
  })
  async reset(
    @CurrentPrincipal() admin: Principal,
    @Param('id') id: string,
    @Body() dto: ReauthenticateDto,
    @Req() req: Request,
  ): Promise<void> {
    await this.resets.reset(admin, id, dto.password, mailLink(this.config, req, '/login'));
  }
}
