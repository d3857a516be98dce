import { Body, Controller, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../common/auth/decorators.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';
import { AuthRateLimitGuard } from '../auth-rate-limit.guard.js';
import { sendAuthResult } from '../auth-response.js';
import { AuthResponseDto } from '../dto/auth.dto.js';
import { clearFlowCookie, readFlowCookie, setFlowCookie, type FlowCookie } from '../flow-cookie.js';
import { SecretSealer } from '../secret-sealer.service.js';
import { relyingParty, signInFlow, type SignInFlow } from './passkey-flows.js';
import { PasskeySignInService } from './passkey-sign-in.service.js';
import { PasskeyRequestOptionsDto, PasskeySignInDto } from './passkeys.dto.js';

/** Signing in with a passkey; the same rate limit as every /auth route. */
@ApiTags('auth')
@Controller('auth/passkey')
@UseGuards(AuthRateLimitGuard)
export class PasskeySignInController {
  private readonly flow: FlowCookie<SignInFlow>;

  constructor(
    private readonly signIn: PasskeySignInService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.flow = signInFlow(new SecretSealer(config.appSecret, 'auth-flows'));
  }

  @Public()
  @Post('options')
  @HttpCode(200)
  @ApiOkResponse({ type: PasskeyRequestOptionsDto, description: 'Also sets a short-lived cookie with the challenge' })
  async options(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<PasskeyRequestOptionsDto> {
    const { options, flow } = await this.signIn.options(relyingParty(this.config, req));
    setFlowCookie(this.flow, req, res, flow);
    return { options: options as unknown as Record<string, unknown> };
  }

  @Public()
  @Post()
  @HttpCode(200)
  @ApiOkResponse({ type: AuthResponseDto, description: 'Signed in; the session cookie is set as for /auth/login' })
  async passkey(@Body() dto: PasskeySignInDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<AuthResponseDto> {
    const flow = readFlowCookie(this.flow, req);
    clearFlowCookie(this.flow, req, res);
    const result = await this.signIn.signIn(flow, dto.response, relyingParty(this.config, req), req.headers['user-agent']);
    return sendAuthResult(req, res, result);
  }
}
