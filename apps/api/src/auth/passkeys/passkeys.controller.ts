import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AllowedBeforeTotpEnrollment, CurrentPrincipal } from '../../common/auth/decorators.js';
import type { Principal } from '../../common/context/request-context.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';
import { clearFlowCookie, readFlowCookie, setFlowCookie, type FlowCookie } from '../flow-cookie.js';
import { SecretSealer } from '../secret-sealer.service.js';
import { registrationFlow, relyingParty, type RegistrationFlow } from './passkey-flows.js';
import { AddPasskeyDto, PasskeyCreationOptionsDto, PasskeyDto, PasskeyNameDto, PasskeyOptionsRequestDto } from './passkeys.dto.js';
import { PasskeysService, type PasskeyView } from './passkeys.service.js';

const toPasskeyDto = (p: PasskeyView): PasskeyDto => ({
  id: p.id,
  name: p.name,
  createdAt: p.createdAt.toISOString(),
  lastUsedAt: p.lastUsedAt?.toISOString() ?? null,
  backedUp: p.backedUp,
});

/**
 * The signed-in person's passkeys. Allowed before 2FA enrolment: a person the policy covers may
 * enrol with a passkey instead of an authenticator app.
 */
@ApiTags('me')
@Controller('me/passkeys')
@AllowedBeforeTotpEnrollment()
export class PasskeysController {
  private readonly flow: FlowCookie<RegistrationFlow>;

  constructor(
    private readonly passkeys: PasskeysService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.flow = registrationFlow(new SecretSealer(config.appSecret, 'auth-flows'));
  }

  @Post('options')
  @HttpCode(200)
  @ApiOkResponse({ type: PasskeyCreationOptionsDto, description: 'Also sets a short-lived cookie with the challenge' })
  async options(
    @CurrentPrincipal() principal: Principal,
    @Body() dto: PasskeyOptionsRequestDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PasskeyCreationOptionsDto> {
    const { options, flow } = await this.passkeys.registrationOptions(principal, dto.password, relyingParty(this.config, req));
    setFlowCookie(this.flow, req, res, flow);
    return { options: options as unknown as Record<string, unknown> };
  }

  @Post()
  @ApiCreatedResponse({ type: PasskeyDto })
  async add(
    @CurrentPrincipal() principal: Principal,
    @Body() dto: AddPasskeyDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PasskeyDto> {
    const flow = readFlowCookie(this.flow, req);
    clearFlowCookie(this.flow, req, res);
    return toPasskeyDto(await this.passkeys.register(principal, flow, dto.name, dto.response, relyingParty(this.config, req)));
  }

  @Get()
  @ApiOkResponse({ type: [PasskeyDto] })
  async list(@CurrentPrincipal() principal: Principal): Promise<PasskeyDto[]> {
    return (await this.passkeys.list(principal)).map(toPasskeyDto);
  }

  @Patch(':id')
  @ApiOkResponse({ type: PasskeyDto })
  async rename(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() dto: PasskeyNameDto): Promise<PasskeyDto> {
    return toPasskeyDto(await this.passkeys.rename(principal, id, dto.name));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  async remove(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<void> {
    await this.passkeys.remove(principal, id);
  }
}
