import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import etag from 'etag';
import type { Request, Response } from 'express';
import { CurrentPrincipal } from '../common/auth/decorators.js';
import type { Principal } from '../common/context/request-context.js';
import { ValidationFailedError } from '../common/errors/domain-error.js';
import { groupBy } from '../common/collections.js';
import type { FloorDesk } from '../places/floor-desks.cache.js';
import { PlacesService } from '../places/places.service.js';
import { isoStrings, toBookingDto, toDeskAvailability, visibleBookerIds, type Viewer } from './booking-view.js';
import { BookingsService } from './bookings.service.js';
import { bookingsCalendar } from './calendar.js';
import { BookingDto, CreateBookingDto, DeskAvailabilityDto, TimeRangeQueryDto } from './dto/booking.dto.js';
import type { BookingWindow } from './bookings.repository.js';
import type { Booking } from './entities/booking.entity.js';
import { FloorAvailabilityCache, mayHaveUnseenBookings, type FloorView } from './floor-availability.cache.js';
import type { BookingVisibility } from './visibility.js';

/** Off the event loop (zlib's thread pool): a busy floor's day is a large JSON document. */
const gzipAsync = promisify(gzip);
const DAY_MS = 86_400_000;
const MAX_RANGE_MS = 62 * DAY_MS;
/** A viewer id no booking has: the shared floor view is built for nobody in particular. */
const NOBODY = '';

function range(query: TimeRangeQueryDto, defaults: { from: Date; to: Date }): { from: Date; to: Date } {
  const from = query.from ? new Date(query.from) : defaults.from;
  const to = query.to ? new Date(query.to) : defaults.to;
  if (to <= from) throw new ValidationFailedError([{ field: 'to', messages: ['to must be after from'] }]);
  if (to.getTime() - from.getTime() > MAX_RANGE_MS)
    throw new ValidationFailedError([{ field: 'to', messages: ['the range may span at most 62 days'] }]);
  return { from, to };
}

@ApiTags('bookings')
@Controller()
export class BookingsController {
  constructor(
    private readonly bookings: BookingsService,
    private readonly places: PlacesService,
    private readonly floorViews: FloorAvailabilityCache,
  ) {}

  private async viewer(principal: Principal, bookings: readonly BookingWindow[]): Promise<Viewer> {
    // Read with the session on this request, so a changed setting applies at once (no cache).
    const visibility = principal.tenantSettings.privacy.bookingVisibility;
    const me = principal.userId;
    const others = visibleBookerIds(bookings, me, visibility).filter((id) => id !== me);
    const names = await this.bookings.displayNames(principal.tenantId, others);
    if (bookings.some((b) => b.userId === me)) names.set(me, principal.displayName);
    return { userId: me, visibility, names };
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
    // 404 for another tenant's floor, before anything is read from the view cache.
    const desks = await this.places.floorDesks(floorId);
    const now = new Date();
    const { from, to } = range(query, { from: now, to: new Date(now.getTime() + DAY_MS) });
    const visibility = principal.tenantSettings.privacy.bookingVisibility;
    const key = [principal.tenantId, floorId, from.getTime(), to.getTime(), visibility].join('|');
    // The caller's own bookings are read fresh when the shared view may lack or misstate them: a
    // booking was added for them lately (perhaps through another instance), or they hold one of the
    // view's bookings. Everyone else – most callers – is shown exactly what the view holds.
    const unseen = mayHaveUnseenBookings(principal.bookingAddedAt, now);
    const [view, fresh] = await Promise.all([
      this.floorViews.get(key, () => this.floorView(principal.tenantId, desks, from, to, visibility)),
      unseen ? this.bookings.activeOfUser(principal.userId, from, to) : null,
    ]);
    res.type('application/json');
    if (!unseen && !view.bookers.has(principal.userId)) {
      // The shared answer as it is, already encoded and compressed (Express skips its own ETag; a
      // weak one stands for both encodings).
      res.setHeader('ETag', view.etag);
      res.vary('Accept-Encoding');
      const gzip = req.acceptsEncodings('gzip', 'identity') === 'gzip';
      if (gzip) res.setHeader('Content-Encoding', 'gzip');
      res.send(gzip ? view.gzipped : view.body);
      return;
    }
    const own = fresh ?? (await this.bookings.activeOfUser(principal.userId, from, to));
    res.send(this.availabilityFor(principal, view, own));
  }

  /** The floor's bookings as a member without a booking there sees them (shared by all viewers). */
  private async floorView(
    tenantId: string,
    desks: readonly FloorDesk[],
    from: Date,
    to: Date,
    visibility: BookingVisibility,
  ): Promise<FloorView> {
    const bookings = await this.bookings.activeOnDesks(
      desks.map((d) => d.id),
      from,
      to,
    );
    const names = await this.bookings.displayNames(tenantId, visibleBookerIds(bookings, NOBODY, visibility));
    const bookingsByDesk = groupBy(bookings, (b) => b.deskId);
    const viewer: Viewer = { userId: NOBODY, visibility, names };
    const iso = isoStrings();
    const json = desks.map((d) => JSON.stringify(toDeskAvailability(d, bookingsByDesk.get(d.id) ?? [], viewer, iso)));
    const body = Buffer.from(`[${json.join(',')}]`);
    const bookers = new Set(bookings.flatMap((b) => (b.userId ? [b.userId] : [])));
    return { desks, bookingsByDesk, names, bookers, json, body, gzipped: await gzipAsync(body), etag: etag(body, { weak: true }) };
  }

  /**
   * The shared view with the caller's own bookings put in: desks where they have a booking (now, or
   * in the view) are built for them; every other desk is the shared JSON as it is.
   */
  private availabilityFor(principal: Principal, view: FloorView, own: BookingWindow[]): string {
    const me = principal.userId;
    const ownByDesk = groupBy(own, (b) => b.deskId);
    const viewer: Viewer = { userId: me, visibility: principal.tenantSettings.privacy.bookingVisibility, names: view.names };
    if (own.length > 0 && !view.names.has(me)) viewer.names = new Map([...view.names, [me, principal.displayName]]);
    const iso = isoStrings();
    const parts = view.desks.map((desk, i) => {
      const shared = view.bookingsByDesk.get(desk.id) ?? [];
      const mine = ownByDesk.get(desk.id);
      if (!mine && !shared.some((b) => b.userId === me)) return view.json[i];
      const bookings = shared
        .filter((b) => b.userId !== me)
        .concat(mine ?? [])
        .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
      return JSON.stringify(toDeskAvailability(desk, bookings, viewer, iso));
    });
    return `[${parts.join(',')}]`;
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
  @ApiNoContentResponse()
  async cancel(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<void> {
    await this.bookings.cancel(principal, id);
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
    const now = Date.now();
    const bookings = (await this.bookings.mine(principal, new Date(now - 60 * DAY_MS), new Date(now + 366 * DAY_MS))).filter(
      (b) => !b.cancelledAt,
    );
    const desks = new Map((await this.bookings.desksById(bookings.map((b) => b.deskId))).map((d) => [d.id, d]));
    const entries = [];
    for (const booking of bookings) {
      const desk = desks.get(booking.deskId);
      if (!desk) continue;
      const floor = await this.places.getFloor(desk.floorId);
      const location = await this.places.getLocation(floor.locationId);
      entries.push({ booking, deskLabel: desk.label, floorName: floor.name, locationName: location.name, address: location.address });
    }
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="deskbook.ics"');
    res.end(bookingsCalendar(entries, req.hostname || 'deskbook', principal.locale));
  }

  private async toDto(principal: Principal, booking: Booking): Promise<BookingDto> {
    const [desk] = await this.bookings.desksById([booking.deskId]);
    return toBookingDto(booking, desk, await this.viewer(principal, [booking]));
  }
}
