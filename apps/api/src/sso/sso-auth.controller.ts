import { Controller, Get, Inject, Param, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ApiFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { AuthRateLimitGuard } from '../auth/auth-rate-limit.guard.js';
import { clearFlowCookie, readFlowCookie, setFlowCookie } from '../auth/flow-cookie.js';
import { Public } from '../common/auth/decorators.js';
import { setSessionCookie } from '../common/auth/session-cookie.js';
import { DomainError } from '../common/errors/domain-error.js';
import { publicOrigin } from '../common/http/public-origin.js';
import { APP_LOGGER } from '../common/logging/logger.module.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { SsoDiscoverQueryDto, SsoDiscoveryDto, SsoLoginQueryDto } from './dto/sso.dto.js';
import { SSO_REDIRECT_CODES, ssoStateInvalid } from './sso-errors.js';
import { SsoLoginService } from './sso-login.service.js';
import { SSO_CALLBACK_PATH } from './sso-settings.controller.js';

/**
 * Single sign-on in the browser. The two redirect endpoints never answer with an error document: the
 * person is on their way between two sites, so every failure sends them back to the login page with
 * a code it words (`/login?sso_error=…`); the reason is logged, not shown.
 */
@ApiTags('auth')
@Controller('auth/sso')
@UseGuards(AuthRateLimitGuard)
export class SsoAuthController {
  constructor(
    private readonly sso: SsoLoginService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(APP_LOGGER) private readonly logger: Logger,
  ) {}

  @Public()
  @Get('discover')
  @ApiOkResponse({ type: SsoDiscoveryDto })
  async discover(@Query() query: SsoDiscoverQueryDto): Promise<SsoDiscoveryDto> {
    const loginUrl = await this.sso.discover(query.email);
    return loginUrl ? { sso: true, loginUrl } : { sso: false };
  }

  @Public()
  @Get('callback')
  @ApiFoundResponse({ description: 'To / signed in (session cookie), or to /login?sso_error=<code>' })
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    const flow = readFlowCookie(this.sso.flowCookie, req);
    clearFlowCookie(this.sso.flowCookie, req, res);
    await this.redirecting(res, 'callback', async () => {
      if (!flow) throw ssoStateInvalid();
      const callbackUrl = new URL(this.redirectUri(req));
      callbackUrl.search = new URL(req.originalUrl, 'http://deskbook').search;
      const result = await this.sso.finish(flow, callbackUrl, req.headers['user-agent']);
      setSessionCookie(req, res, result.token, result.maxAgeMs);
      return '/';
    });
  }

  @Public()
  @Get(':tenantSlug/login')
  @ApiFoundResponse({ description: "To the tenant's identity provider, with a sealed flow cookie" })
  async login(
    @Param('tenantSlug') tenantSlug: string,
    @Query() query: SsoLoginQueryDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.redirecting(res, 'login', async () => {
      const { url, flow } = await this.sso.start(tenantSlug, this.redirectUri(req), query.login_hint);
      setFlowCookie(this.sso.flowCookie, req, res, flow);
      return url.href;
    });
  }

  private redirectUri(req: Request): string {
    return publicOrigin(this.config, req) + SSO_CALLBACK_PATH;
  }

  private async redirecting(res: Response, step: 'login' | 'callback', work: () => Promise<string>): Promise<void> {
    let location: string;
    try {
      location = await work();
    } catch (err) {
      const known = err instanceof DomainError && (SSO_REDIRECT_CODES as readonly string[]).includes(err.code);
      const code = known ? err.code : 'SSO_FAILED';
      // Why, for the operator: the library's reason (wrong audience, expired token, replayed code …);
      // never the person's address or a token, which these messages do not carry.
      this.logger.warn({ step, code, reason: errorReason(err) }, 'single sign-on failed');
      location = `/login?sso_error=${code}`;
    }
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(302, location);
  }
}

function errorReason(err: unknown): string {
  if (!(err instanceof Error)) return 'unknown';
  const code = (err as { code?: unknown }).code;
  return `${err.name}${typeof code === 'string' ? ` ${code}` : ''}: ${err.message}`.slice(0, 300);
}
