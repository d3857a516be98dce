import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentPrincipal } from '../common/auth/decorators.js';
import type { Principal } from '../common/context/request-context.js';
import { ValidationFailedError } from '../common/errors/domain-error.js';
import { RequiresConsent } from '../consents/consent-gate.service.js';
import { staffBookerIds, toBookingDto, visibleBookerIds, type Viewer } from './booking-view.js';
import { BookingsService } from './bookings.service.js';
import { CalendarEntries } from './calendar-entries.js';
import { bookingsCalendar } from './calendar.js';
import { BookingDto, CancelBookingDto, CreateBookingDto, DeskAvailabilityDto, TimeRangeQueryDto } from './dto/booking.dto.js';
import { BookingSeriesDto, CancelSeriesQueryDto, CreateBookingSeriesDto, type SeriesRuleDetailsDto } from './dto/booking-series.dto.js';
import type { Booking } from './entities/booking.entity.js';
import { FloorAvailability } from './floor-availability.js';

const DAY_MS = 86_400_000;
const MAX_RANGE_MS = 62 * DAY_MS;

function range(query: TimeRangeQueryDto, defaults: { from: Date; to: Date }): { from: Date; to: Date } {
  const from = query.from ? new Date(query.from) : defaults.from;
  const to = query.to ? new Date(query.to) : defaults.to;
  if (to <= from) throw new ValidationFailedError([{ field: 'to', messages: ['to must be after from'] }]);
  if (to.getTime() - from.getTime() > MAX_RANGE_MS)
    throw new ValidationFailedError([{ field: 'to', messages: ['the range may span at most 62 days'] }]);
  return { from, to };
}

/** Every route here is a booking feature: gated by consent to the current privacy notice (the whole class). */
@ApiTags('bookings')
@Controller()
@RequiresConsent()
export class BookingsController {
  constructor(
    private readonly bookings: BookingsService,
    private readonly floorAvailability: FloorAvailability,
    private readonly calendarEntries: CalendarEntries,
  ) {}

  private async viewer(principal: Principal, bookings: readonly Booking[]): Promise<Viewer> {
    // Read with the session on this request, so a changed setting applies at once (no cache).
    const visibility = principal.tenantSettings.privacy.bookingVisibility;
    const me = principal.userId;
    const others = visibleBookerIds(bookings, me, visibility).filter((id) => id !== me);
    const names = await this.bookings.displayNames(principal.tenantId, others);
    if (bookings.some((b) => b.userId === me)) names.set(me, principal.displayName);
    const bookers = staffBookerIds(bookings, me);
    const bookedByNames = bookers.length ? await this.bookings.displayNames(principal.tenantId, bookers) : undefined;
    return { userId: me, visibility, names, staff: principal.role !== 'employee', bookedByNames };
  }

  @Get('floors/:id/availability')
  @ApiOkResponse({ type: [DeskAvailabilityDto] })
  async availability(
    @CurrentPrincipal() principal: Principal,
    @Param('id') floorId: string,
    @Query() query: TimeRangeQueryDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const now = new Date();
    const { from, to } = range(query, { from: now, to: new Date(now.getTime() + DAY_MS) });
    const answer = await this.floorAvailability.forViewer(principal, floorId, from, to, now);
    res.type('application/json');
    if (answer.shared) {
      // The shared answer as it is, already encoded and compressed (Express skips its own ETag; a
      // weak one stands for both encodings).
      res.setHeader('ETag', answer.etag);
      res.vary('Accept-Encoding');
      const gzip = req.acceptsEncodings('gzip', 'identity') === 'gzip';
      if (gzip) res.setHeader('Content-Encoding', 'gzip');
      res.send(gzip ? answer.gzipped : answer.body);
      return;
    }
    res.send(answer.body);
  }

  @Post('bookings')
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first booking' })
  @ApiCreatedResponse({ type: BookingDto })
  async create(
    @CurrentPrincipal() principal: Principal,
    @Body() dto: CreateBookingDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
  ): Promise<BookingDto> {
    const { booking, desk } = await this.bookings.create(principal, dto, idempotencyKey);
    return toBookingDto(booking, desk, await this.viewer(principal, [booking]));
  }

  /**
   * POST /bookings/series: one desk on several days at the same local times (weekdays × weeks, or a
   * list of dates). 201 `{ seriesId, booked, refused }`; 409 SERIES_CONFLICT (`details.refused`,
   * `details.bookable`) and nothing written when a date is refused without `allowPartial`, or none is free.
   */
  @Post('bookings/series')
  @ApiCreatedResponse({ type: BookingSeriesDto })
  async createSeries(@CurrentPrincipal() principal: Principal, @Body() dto: CreateBookingSeriesDto): Promise<BookingSeriesDto> {
    const { seriesId, booked, refused, desk } = await this.bookings.createSeries(principal, dto);
    const viewer = await this.viewer(principal, booked);
    return {
      seriesId,
      booked: booked.map((b) => toBookingDto(b, desk, viewer)),
      refused: refused.map((r) => ({
        date: r.date,
        code: r.code,
        ...(r.details !== undefined ? { details: r.details as SeriesRuleDetailsDto } : {}),
      })),
    };
  }

  /** DELETE /bookings/series/:seriesId?from=YYYY-MM-DD: cancels the occurrences from that local date on (default today). */
  @Delete('bookings/series/:seriesId')
  @HttpCode(204)
  @ApiNoContentResponse()
  async cancelSeries(
    @CurrentPrincipal() principal: Principal,
    @Param('seriesId') seriesId: string,
    @Query() query: CancelSeriesQueryDto,
  ): Promise<void> {
    await this.bookings.cancelSeries(principal, seriesId, query.from);
  }

  @Get('bookings/mine')
  @ApiOkResponse({ type: [BookingDto] })
  async mine(@CurrentPrincipal() principal: Principal, @Query() query: TimeRangeQueryDto): Promise<BookingDto[]> {
    const now = Date.now();
    const { from, to } = range(query, { from: new Date(now - 30 * DAY_MS), to: new Date(now + 30 * DAY_MS) });
    const bookings = await this.bookings.mine(principal, from, to);
    const viewer = await this.viewer(principal, bookings);
    const desks = new Map((await this.bookings.desksById(bookings.map((b) => b.deskId))).map((d) => [d.id, d]));
    return bookings.flatMap((b) => {
      const desk = desks.get(b.deskId);
      return desk ? [toBookingDto(b, desk, viewer)] : [];
    });
  }

  @Get('bookings/:id')
  @ApiOkResponse({ type: BookingDto })
  async get(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<BookingDto> {
    return this.toDto(principal, await this.bookings.get(id));
  }

  @Delete('bookings/:id')
  @HttpCode(204)
  @ApiBody({ type: CancelBookingDto, required: false })
  @ApiNoContentResponse()
  async cancel(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() dto: CancelBookingDto): Promise<void> {
    await this.bookings.cancel(principal, id, dto.reason);
  }

  @Post('bookings/:id/check-in')
  @HttpCode(200)
  @ApiOkResponse({ type: BookingDto })
  async checkIn(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<BookingDto> {
    return this.toDto(principal, await this.bookings.checkIn(principal, id));
  }

  @Get('me/calendar.ics')
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'The caller’s bookings as iCalendar (RFC 5545)' })
  async calendar(@CurrentPrincipal() principal: Principal, @Req() req: Request, @Res() res: Response): Promise<void> {
    const entries = await this.calendarEntries.of(principal);
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="deskbook.ics"');
    res.end(bookingsCalendar(entries, req.hostname || 'deskbook', principal.locale));
  }

  private async toDto(principal: Principal, booking: Booking): Promise<BookingDto> {
    const [desk] = await this.bookings.desksById([booking.deskId]);
    return toBookingDto(booking, desk, await this.viewer(principal, [booking]));
  }
}
