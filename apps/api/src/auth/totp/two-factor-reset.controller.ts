import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../../common/auth/decorators.js';
import type { Principal } from '../../common/context/request-context.js';
import { ReauthenticateDto } from '../dto/account-security.dto.js';
import { TwoFactorResetService } from './two-factor-reset.service.js';

/** Lives with auth (it changes credentials); the path sits under the admin's users. */
@ApiTags('users')
@Controller('users')
@Roles('tenant_admin')
export class TwoFactorResetController {
  constructor(private readonly resets: TwoFactorResetService) {}

  @Post(':id/reset-2fa')
  @HttpCode(204)
  @ApiNoContentResponse({
    description: "The member's second factor and recovery codes are removed, their sessions signed out, and they are mailed",
  })
  async reset(@CurrentPrincipal() admin: Principal, @Param('id') id: string, @Body() dto: ReauthenticateDto): Promise<void> {
    await this.resets.reset(admin, id, dto.password);
  }
}
