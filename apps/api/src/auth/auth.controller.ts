import { Body, Controller, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AllowedBeforeTotpEnrollment, CurrentPrincipal, Public } from '../common/auth/decorators.js';
import { clearSessionCookie, setSessionCookie } from '../common/auth/session-cookie.js';
import type { Principal } from '../common/context/request-context.js';
import { toTenantDto } from '../tenants/dto/tenant.dto.js';
import type { User } from '../users/entities/user.entity.js';
import { toUserDto } from '../users/dto/user.dto.js';
import { AuthRateLimitGuard } from './auth-rate-limit.guard.js';
import { AuthService, type AuthResult } from './auth.service.js';
import { AcceptInviteDto, AuthResponseDto, InvitePreviewDto, InvitePreviewRequestDto, LoginDto, SignupDto } from './dto/auth.dto.js';
import type { ThrottleKeys } from './login-throttle.service.js';
import { SessionsService } from './sessions.service.js';
import { LocalAuthGuard } from './strategies/local.strategy.js';

type LoginRequest = Request & { user: User; loginThrottleKeys: ThrottleKeys };

@ApiTags('auth')
@Controller('auth')
@UseGuards(AuthRateLimitGuard)
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
  ) {}

  @Public()
  @Post('signup')
  @ApiCreatedResponse({ type: AuthResponseDto })
  async signup(@Body() dto: SignupDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<AuthResponseDto> {
    return this.respond(req, res, await this.auth.signup(dto, req.headers['user-agent']));
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @UseGuards(LocalAuthGuard)
  @ApiBody({ type: LoginDto })
  @ApiOkResponse({ type: AuthResponseDto })
  async login(@Req() req: LoginRequest, @Res({ passthrough: true }) res: Response): Promise<AuthResponseDto> {
    const dto = req.body as LoginDto;
    return this.respond(req, res, await this.auth.login(req.user, dto.totp, req.loginThrottleKeys, req.headers['user-agent']));
  }

  @Post('logout')
  @AllowedBeforeTotpEnrollment()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The session is revoked; its token stops working' })
  async logout(@CurrentPrincipal() principal: Principal, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.sessions.revoke(principal.sessionId);
    clearSessionCookie(req, res);
  }

  @Public()
  @Post('invite-preview')
  @HttpCode(200)
  @ApiOkResponse({ type: InvitePreviewDto })
  async invitePreview(@Body() dto: InvitePreviewRequestDto): Promise<InvitePreviewDto> {
    const { user, tenant } = await this.auth.previewInvite(dto.inviteToken);
    return { email: user.email, displayName: user.displayName, role: user.role, tenantName: tenant.name };
  }

  @Public()
  @Post('accept-invite')
  @HttpCode(200)
  @ApiOkResponse({ type: AuthResponseDto })
  async acceptInvite(
    @Body() dto: AcceptInviteDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AuthResponseDto> {
    return this.respond(req, res, await this.auth.acceptInvite(dto.inviteToken, dto.password, req.headers['user-agent']));
  }

  private respond(req: Request, res: Response, result: AuthResult): AuthResponseDto {
    setSessionCookie(req, res, result.token, result.maxAgeMs);
    return { token: result.token, user: toUserDto(result.user), tenant: toTenantDto(result.tenant) };
  }
}
