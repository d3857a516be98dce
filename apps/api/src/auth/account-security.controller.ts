import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowedBeforeTotpEnrollment, CurrentPrincipal } from '../common/auth/decorators.js';
import type { Principal } from '../common/context/request-context.js';
import { AccountSecurityService } from './account-security.service.js';
import {
  ChangePasswordDto,
  DisableTotpDto,
  ReauthenticateDto,
  RecoveryCodesDto,
  RecoveryCodesLeftDto,
  RegenerateRecoveryCodesDto,
  SessionDto,
  TotpCodeDto,
  TotpSetupDto,
} from './dto/account-security.dto.js';
import { TwoFactorService } from './totp/two-factor.service.js';

@ApiTags('me')
@Controller('me')
export class AccountSecurityController {
  constructor(
    private readonly twoFactor: TwoFactorService,
    private readonly account: AccountSecurityService,
  ) {}

  @Post('2fa/setup')
  @HttpCode(200)
  @AllowedBeforeTotpEnrollment()
  @ApiOkResponse({ type: TotpSetupDto })
  setupTotp(@CurrentPrincipal() principal: Principal, @Body() dto: ReauthenticateDto): Promise<TotpSetupDto> {
    return this.twoFactor.setup(principal, dto.password);
  }

  @Post('2fa/enable')
  @HttpCode(200)
  @AllowedBeforeTotpEnrollment()
  @ApiOkResponse({ type: RecoveryCodesDto })
  async enableTotp(@CurrentPrincipal() principal: Principal, @Body() dto: TotpCodeDto): Promise<RecoveryCodesDto> {
    return { recoveryCodes: await this.twoFactor.enable(principal, dto.code) };
  }

  @Post('2fa/disable')
  @HttpCode(204)
  @AllowedBeforeTotpEnrollment()
  @ApiNoContentResponse()
  async disableTotp(@CurrentPrincipal() principal: Principal, @Body() dto: DisableTotpDto): Promise<void> {
    await this.twoFactor.disable(principal, dto.password, dto.code);
  }

  @Get('2fa/recovery-codes')
  @ApiOkResponse({ type: RecoveryCodesLeftDto })
  async recoveryCodesLeft(@CurrentPrincipal() principal: Principal): Promise<RecoveryCodesLeftDto> {
    return { remaining: await this.twoFactor.remainingRecoveryCodes(principal) };
  }

  @Post('2fa/recovery-codes')
  @HttpCode(200)
  @ApiOkResponse({ type: RecoveryCodesDto, description: 'New codes, shown only now; the earlier ones stop working' })
  async regenerateRecoveryCodes(
    @CurrentPrincipal() principal: Principal,
    @Body() dto: RegenerateRecoveryCodesDto,
  ): Promise<RecoveryCodesDto> {
    return { recoveryCodes: await this.twoFactor.regenerateRecoveryCodes(principal, dto.password, dto.code) };
  }

  @Post('password')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Changed; every other session is signed out' })
  async changePassword(@CurrentPrincipal() principal: Principal, @Body() dto: ChangePasswordDto): Promise<void> {
    await this.account.changePassword(principal, dto.currentPassword, dto.newPassword);
  }

  @Get('sessions')
  @ApiOkResponse({ type: [SessionDto] })
  async sessions(@CurrentPrincipal() principal: Principal): Promise<SessionDto[]> {
    return (await this.account.listSessions(principal)).map((s) => ({
      id: s.id,
      createdAt: s.createdAt.toISOString(),
      lastUsedAt: s.lastUsedAt.toISOString(),
      userAgent: s.userAgent,
      current: s.id === principal.sessionId,
    }));
  }

  @Delete('sessions/:id')
  @HttpCode(204)
  @ApiNoContentResponse()
  async revokeSession(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<void> {
    await this.account.revokeSession(principal, id);
  }
}
