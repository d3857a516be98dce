import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { UpdateMeDto } from '../../auth/dto/auth.dto.js';
import { AllowedBeforeTotpEnrollment, CurrentPrincipal } from '../../common/auth/decorators.js';
import type { Principal } from '../../common/context/request-context.js';
import { UsersService } from '../users.service.js';
import { MeDto } from './me.dto.js';

@ApiTags('me')
@Controller('me')
@AllowedBeforeTotpEnrollment()
export class MeController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOkResponse({ type: MeDto })
  me(@CurrentPrincipal() principal: Principal): Promise<MeDto> {
    return this.load(principal);
  }

  @Patch()
  @ApiOkResponse({ type: MeDto })
  async update(@CurrentPrincipal() principal: Principal, @Body() dto: UpdateMeDto): Promise<MeDto> {
    await this.users.updateProfile(principal, { displayName: dto.displayName, locale: dto.locale });
    return this.load(principal);
  }

  private async load(principal: Principal): Promise<MeDto> {
    const user = await this.users.profile(principal);
    return {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      tenantId: user.tenantId,
      tenantName: user.tenantName,
      locale: user.locale,
      totpEnabled: user.totpEnabledAt !== null,
      totpEnrollmentRequired: principal.totpEnrollmentRequired,
      // Privacy notices and consent arrive with their own issue.
      consent: { required: false, currentVersionId: null, acceptedVersionId: null, acceptedAt: null },
    };
  }
}
