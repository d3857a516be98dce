import { Body, Controller, Get, HttpCode, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AllowedBeforeTotpEnrollment, CurrentPrincipal, Public } from '../common/auth/decorators.js';
import { clearSessionCookie } from '../common/auth/session-cookie.js';
import type { Principal } from '../common/context/request-context.js';
import type { User } from '../users/entities/user.entity.js';
import { AuthRateLimitGuard } from './auth-rate-limit.guard.js';
import { sendAuthResult } from './auth-response.js';
import { AuthService, type AuthResult } from './auth.service.js';
import { NoticeLanguageQueryDto } from '../privacy-notices/dto/privacy-notice.dto.js';
import { PrivacyNoticesService, sendNoticePdf } from '../privacy-notices/privacy-notices.service.js';
import {
  AcceptInviteDto,
  AuthResponseDto,
  InviteNoticeDto,
  InvitePreviewDto,
  InvitePreviewRequestDto,
  InviteTokenDto,
  LoginDto,
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
    return sendAuthResult(req, res, result);
  }
}
