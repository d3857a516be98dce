import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import type { Principal } from '../common/context/request-context.js';
import { DeskQrTokensRepository } from '../places/desk-qr-tokens.repository.js';
import { toBookingDto } from './booking-view.js';
import { BookingsRepository } from './bookings.repository.js';
import type { DeskScanDto } from './dto/desk-scan.dto.js';
import { walkUpWindow } from './walk-up.js';

/** A scanned desk QR code: the desk, the caller's booking there, and what can be booked now. */
@Injectable()
export class WalkUpService {
  constructor(
    private readonly tokens: DeskQrTokensRepository,
    private readonly bookings: BookingsRepository,
  ) {}

  async scan(principal: Principal, token: string, now = new Date()): Promise<DeskScanDto> {
    const { desk, floor, location } = await this.tokens.scan(token);
    const endOfDay = DateTime.fromJSDate(now, { zone: location.timezone }).endOf('day').toJSDate();
    const [onDesk, own] = await Promise.all([
      this.bookings.activeOnDesks([desk.id], now, endOfDay),
      this.bookings.activeOfUser(principal.userId, now, endOfDay),
    ]);
    const mine = own.find((b) => b.deskId === desk.id);
    const deskDto = {
      id: desk.id,
      label: desk.label,
      zone: desk.zone,
      bookable: desk.bookable,
      floorId: floor.id,
      floorName: floor.name,
      locationId: location.id,
      locationName: location.name,
      timezone: location.timezone,
    };
    if (mine) {
      const booking = await this.bookings.getById(mine.id);
      const viewer = {
        userId: principal.userId,
        visibility: principal.tenantSettings.privacy.bookingVisibility,
        names: new Map([[principal.userId, principal.displayName]]),
      };
      return { desk: deskDto, booking: toBookingDto(booking, desk, viewer), status: 'mine', freeFrom: null, freeUntil: null };
    }
    // Other people's bookings are used for their times only: nothing about who reaches the answer.
    const offer = walkUpWindow({
      now,
      timezone: location.timezone,
      openingHours: location.openingHours,
      bookable: desk.bookable,
      rules: principal.tenantSettings.booking,
      deskBookings: onDesk,
      ownElsewhere: own,
    });
    return {
      desk: deskDto,
      booking: null,
      status: offer.status,
      freeFrom: offer.freeFrom?.toISOString() ?? null,
      freeUntil: offer.freeUntil?.toISOString() ?? null,
    };
  }
}
