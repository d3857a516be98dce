import { Body, Controller, Get, HttpCode, Inject, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBody, ApiNoContentResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AllowedBeforeTotpEnrollment, CurrentPrincipal, Public } from '../common/auth/decorators.js';
import { clearSessionCookie, setSessionCookie } from '../common/auth/session-cookie.js';
import type { Principal } from '../common/context/request-context.js';
import { toTenantDto } from '../tenants/dto/tenant.dto.js';
import type { User } from '../users/entities/user.entity.js';
import { toUserDto } from '../users/dto/user.dto.js';
import { AuthRateLimitGuard } from './auth-rate-limit.guard.js';
import { AuthService, assertStrongPassword, type AuthResult } from './auth.service.js';
import { SignupConfirmationService } from './signup-confirmation.service.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { mailLink } from '../mail/mail-links.js';
import { NoticeLanguageQueryDto } from '../privacy-notices/dto/privacy-notice.dto.js';
import { PrivacyNoticesService, sendNoticePdf } from '../privacy-notices/privacy-notices.service.js';
import {
  AcceptInviteDto,
  AuthResponseDto,
  ConfirmEmailDto,
  InviteNoticeDto,
  InvitePreviewDto,
  InvitePreviewRequestDto,
  InviteTokenDto,
  LoginDto,
  SignupAcceptedDto,
  SignupDto,
  SignupNoticeDto,
} from './dto/auth.dto.js';
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
    private readonly notices: PrivacyNoticesService,
    private readonly signups: SignupConfirmationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The privacy notice the sign-up page shows before the tenant (and its data) exists; the same for everyone. */
  @Public()
  @Get('signup-notice')
  @ApiOkResponse({ type: SignupNoticeDto })
  signupNotice(@Query() query: NoticeLanguageQueryDto, @Res({ passthrough: true }) res: Response): SignupNoticeDto {
    const lang = query.lang ?? 'en';
    res.setHeader('Cache-Control', 'public, max-age=3600');
    return { lang, ...this.notices.signupNotice(lang) };
  }

  /** Mails a confirmation link (or, to an address with an account, a note saying so); answers the same either way. */
  @Public()
  @Post('signup')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: SignupAcceptedDto })
  async signup(@Body() dto: SignupDto, @Req() req: Request): Promise<SignupAcceptedDto> {
    assertStrongPassword(dto.password, [dto.tenantName, dto.email, dto.displayName]);
    await this.signups.request(dto, (path) => mailLink(this.config, req, path));
    return { status: 'confirmation_sent' };
  }

  /** The link from the confirmation mail: creates the tenant and its first admin, and signs them in. */
  @Public()
  @Post('confirm-email')
  @HttpCode(200)
  @ApiOkResponse({ type: AuthResponseDto })
  async confirmEmail(
    @Body() dto: ConfirmEmailDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AuthResponseDto> {
    return this.respond(req, res, await this.signups.confirm(dto.token, req.headers['user-agent']));
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
    const text = await this.notices.currentText(tenant.id, dto.lang);
    const notice: InviteNoticeDto | null = text && {
      id: text.version.id,
      version: text.version.version,
      lang: text.lang,
      title: text.title,
      body: text.body,
      isPdf: text.isPdf,
      contentHash: text.version.contentHash,
    };
    return { email: user.email, displayName: user.displayName, role: user.role, tenantName: tenant.name, notice };
  }

  /**
   * The inviting tenant's current notice as a PDF, for an invitee without an account. The token goes in
   * the body, not the URL, so it stays out of access logs and browser history; same rate limit as above.
   */
  @Public()
  @Post('invite-notice-pdf')
  @HttpCode(200)
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The PDF (inline, nosniff, sandboxing CSP); 404 when the current notice is not a PDF' })
  async inviteNoticePdf(@Body() dto: InviteTokenDto, @Res() res: Response): Promise<void> {
    const { tenant } = await this.auth.previewInvite(dto.inviteToken);
    sendNoticePdf(res, await this.notices.currentPdf(tenant.id));
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
