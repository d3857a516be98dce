import { Body, Controller, HttpCode, Inject, Post, Req, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Public } from '../../common/auth/decorators.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';
import { mailLink } from '../../mail/mail-links.js';
import { AuthRateLimitGuard } from '../auth-rate-limit.guard.js';
import { PasswordResetConfirmDto, PasswordResetRequestDto, PasswordResetRequestedDto } from './password-reset.dto.js';
import { PasswordResetService, RESET_PAGE_PATH } from './password-reset.service.js';

@ApiTags('auth')
@Controller('auth/password-reset')
@UseGuards(AuthRateLimitGuard)
export class PasswordResetController {
  constructor(
    private readonly resets: PasswordResetService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post()
  @HttpCode(202)
  @ApiAcceptedResponse({
    type: PasswordResetRequestedDto,
    description: 'The same answer for every address; a link is mailed if it has an account',
  })
  async request(@Body() dto: PasswordResetRequestDto, @Req() req: Request): Promise<PasswordResetRequestedDto> {
    await this.resets.request(dto.email, mailLink(this.config, req, RESET_PAGE_PATH));
    return { status: 'reset_requested' };
  }

  @Public()
  @Post('confirm')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The new password is set; every session of the person is signed out' })
  async confirm(@Body() dto: PasswordResetConfirmDto): Promise<void> {
    await this.resets.confirm(dto.token, dto.password);
  }
}
