import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../common/auth/decorators.js';
import type { Principal } from '../common/context/request-context.js';
import { TenantSettingsDto } from './dto/tenant-settings.dto.js';
import { UpdateTenantSettingsDto } from './dto/update-tenant-settings.dto.js';
import { TenantSettingsService } from './tenant-settings.service.js';

@ApiTags('tenant')
@Controller('tenant/settings')
export class TenantSettingsController {
  constructor(private readonly settings: TenantSettingsService) {}

  @Get()
  @ApiOkResponse({ type: TenantSettingsDto })
  get(): Promise<TenantSettingsDto> {
    return this.settings.get();
  }

  @Patch()
  @Roles('tenant_admin')
  @ApiOkResponse({ type: TenantSettingsDto })
  update(@CurrentPrincipal() actor: Principal, @Body() patch: UpdateTenantSettingsDto): Promise<TenantSettingsDto> {
    return this.settings.update(actor, patch);
  }
}
