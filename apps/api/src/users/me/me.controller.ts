import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { UpdateMeDto } from '../../auth/dto/auth.dto.js';
import { AllowedBeforeTotpEnrollment, CurrentPrincipal } from '../../common/auth/decorators.js';
import type { Principal } from '../../common/context/request-context.js';
import { ConsentsService } from '../../consents/consents.service.js';
import { PasskeysService } from '../../auth/passkeys/passkeys.service.js';
import { UsersService } from '../users.service.js';
import { MeDto } from './me.dto.js';

@ApiTags('me')
@Controller('me')
@AllowedBeforeTotpEnrollment()
export class MeController {
  constructor(
    private readonly users: UsersService,
    private readonly consents: ConsentsService,
    private readonly passkeys: PasskeysService,
  ) {}

  @Get()
  @ApiOkResponse({ type: MeDto })
  me(@CurrentPrincipal() principal: Principal): Promise<MeDto> {
    return this.load(principal);
  }

  @Patch()
  @ApiOkResponse({ type: MeDto })
  async update(@CurrentPrincipal() principal: Principal, @Body() dto: UpdateMeDto): Promise<MeDto> {
    await this.users.updateProfile(principal, {
      displayName: dto.displayName,
      locale: dto.locale,
      findableByColleagues: dto.findableByColleagues,
    });
    return this.load(principal);
  }

  private async load(principal: Principal): Promise<MeDto> {
    const [user, consent, passkeys] = await Promise.all([
      this.users.profile(principal),
      this.consents.status(principal),
      this.passkeys.count(principal.userId),
    ]);
    return {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      tenantId: user.tenantId,
      tenantName: user.tenantName,
      locale: user.locale,
      totpEnabled: user.totpEnabledAt !== null,
      passkeys,
      findableByColleagues: user.findableByColleagues,
      totpEnrollmentRequired: principal.totpEnrollmentRequired,
      consent: { ...consent, acceptedAt: consent.acceptedAt?.toISOString() ?? null },
    };
  }
}
