import { Body, Controller, Get, Inject, Put, Req } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { CurrentPrincipal, Roles } from '../common/auth/decorators.js';
import type { Principal } from '../common/context/request-context.js';
import { publicOrigin } from '../common/http/public-origin.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { SsoSettingsDto, UpdateSsoSettingsDto } from './dto/sso.dto.js';
import { SsoSettingsService, type SsoSettings } from './sso-settings.service.js';

export const SSO_CALLBACK_PATH = '/api/auth/sso/callback';

@ApiTags('tenant')
@Controller('tenant/sso')
@Roles('tenant_admin')
export class SsoSettingsController {
  constructor(
    private readonly settings: SsoSettingsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @ApiOkResponse({ type: SsoSettingsDto })
  async get(@CurrentPrincipal() principal: Principal, @Req() req: Request): Promise<SsoSettingsDto> {
    return this.toDto(await this.settings.get(principal.tenantId), req);
  }

  @Put()
  @ApiOkResponse({ type: SsoSettingsDto })
  async update(@CurrentPrincipal() principal: Principal, @Body() dto: UpdateSsoSettingsDto, @Req() req: Request): Promise<SsoSettingsDto> {
    return this.toDto(await this.settings.update(principal, dto), req);
  }

  private toDto(settings: SsoSettings, req: Request): SsoSettingsDto {
    return {
      enabled: settings.enabled,
      issuer: settings.issuer,
      clientId: settings.clientId,
      hasClientSecret: settings.hasClientSecret,
      domains: settings.domains,
      defaultRole: settings.defaultRole,
      ssoOnly: settings.ssoOnly,
      redirectUri: publicOrigin(this.config, req) + SSO_CALLBACK_PATH,
    };
  }
}
