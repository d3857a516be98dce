import { createHash } from 'node:crypto';
import type { CreateBookingDto } from './dto/booking.dto.js';

/**
 * SHA-256 of a canonical form of `POST /bookings`: what the booking would be, not how the JSON was
 * written (and, for staff, whom it is for). Instants are compared as instants (11:00Z and 12:00+01:00 are one request); a missing
 * `visibleToColleagues` differs from an explicit one, since the default may change in between.
 */
export function bookingRequestHash(dto: CreateBookingDto): string {
  const canonical = JSON.stringify({
    method: 'POST',
    path: '/bookings',
    deskId: dto.deskId,
    startsAt: new Date(dto.startsAt).toISOString(),
    endsAt: new Date(dto.endsAt).toISOString(),
    visibleToColleagues: dto.visibleToColleagues ?? null,
    // Only when given, so the hashes stored for one's own bookings stay what they were.
    ...(dto.forUserId !== undefined ? { forUserId: dto.forUserId } : {}),
  });
  return createHash('sha256').update(canonical).digest('hex');
}
