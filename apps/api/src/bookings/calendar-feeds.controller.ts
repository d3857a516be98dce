import { Controller, Delete, Get, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentPrincipal, Public } from '../common/auth/decorators.js';
import type { Principal } from '../common/context/request-context.js';
import { publicOrigin } from '../common/http/public-origin.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { bookingsCalendar } from './calendar.js';
import { CalendarFeedsService, feedUrl } from './calendar-feeds.service.js';
import { CalendarFeedDto } from './dto/calendar-feed.dto.js';

/**
 * The calendar subscription: the caller manages their feed URL under /me; calendars fetch the feed
 * itself without a session (the token is the credential), so it is public and cheap: one lookup by
 * the token's hash, the tenant's settings, one bookings query and one query for the places.
 */
@ApiTags('bookings')
@Controller()
export class CalendarFeedsController {
  constructor(
    private readonly feeds: CalendarFeedsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('me/calendar-feed')
  @ApiOkResponse({ type: CalendarFeedDto })
  async get(@CurrentPrincipal() principal: Principal, @Req() req: Request): Promise<CalendarFeedDto> {
    const token = await this.feeds.tokenOf(principal);
    return { url: token ? feedUrl(publicOrigin(this.config, req), token) : null };
  }

  @Post('me/calendar-feed')
  @ApiCreatedResponse({ type: CalendarFeedDto, description: 'A new URL; an earlier one stops working at once' })
  async create(@CurrentPrincipal() principal: Principal, @Req() req: Request): Promise<CalendarFeedDto> {
    return { url: feedUrl(publicOrigin(this.config, req), await this.feeds.create(principal)) };
  }

  @Delete('me/calendar-feed')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The URL stops working' })
  async revoke(@CurrentPrincipal() principal: Principal): Promise<void> {
    await this.feeds.revoke(principal);
  }

  @Get('calendar/:token.ics')
  @Public()
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'The person’s bookings from 30 days ago on, cancelled ones as STATUS:CANCELLED (RFC 5545)' })
  @ApiNotFoundResponse({ description: 'Unknown or revoked token, or the person has not accepted the current privacy notice' })
  async feed(@Param('token') token: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { entries, locale } = await this.feeds.feed(token);
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Cache-Control', 'private, no-store');
    res.end(bookingsCalendar(entries, new URL(publicOrigin(this.config, req)).hostname || 'deskbook', locale, { feed: true }));
  }
}
