import type { Desk } from '../places/entities/desk.entity.js';
import type { FloorDesk } from '../places/floor-desks.cache.js';
import type { BookingWindow } from './bookings.repository.js';
import type { AvailabilityBookingDto, BookingDto, DeskAvailabilityDto } from './dto/booking.dto.js';
import type { Booking } from './entities/booking.entity.js';
import { bookerVisibility, type BookingVisibility } from './visibility.js';

/** What one viewer may learn about bookings: built field by field, never from the entity. */
export interface Viewer {
  userId: string;
  visibility: BookingVisibility;
  /** Display names of the bookers the viewer may see (and their own). */
  names: ReadonlyMap<string, string>;
  /** Facility manager or tenant admin: reads the reasons staff gave when cancelling. */
  staff?: boolean;
  /** Display names of the staff who booked the viewer's own bookings for them. */
  bookedByNames?: ReadonlyMap<string, string>;
}

function bookedBy(booking: BookingWindow, viewer: Viewer): { mine: boolean; bookedBy: { displayName: string } | null } {
  const seen = bookerVisibility(viewer.visibility, booking, viewer.userId);
  const name = seen !== 'hidden' && booking.userId ? viewer.names.get(booking.userId) : undefined;
  return { mine: seen === 'mine', bookedBy: name ? { displayName: name } : null };
}

/** User ids whose names this viewer may see among these bookings. */
export function visibleBookerIds(bookings: readonly BookingWindow[], viewerUserId: string, visibility: BookingVisibility): string[] {
  return bookings
    .filter((b) => bookerVisibility(visibility, b, viewerUserId) !== 'hidden')
    .map((b) => b.userId)
    .filter((id): id is string => id !== null);
}

/**
 * Staff who booked the viewer's own bookings for them (their ids, to look up names). Only the
 * booking's person learns who booked for them; everyone else's view has no such field filled.
 */
export function staffBookerIds(bookings: readonly Pick<Booking, 'userId' | 'bookedById'>[], viewerUserId: string): string[] {
  return bookings
    .filter((b) => b.userId === viewerUserId && b.bookedById !== null && b.bookedById !== viewerUserId)
    .map((b) => b.bookedById as string);
}

export function toBookingDto(booking: Booking, desk: Desk, viewer: Viewer): BookingDto {
  const who = bookedBy(booking, viewer);
  const staffName = who.mine && booking.bookedById ? viewer.bookedByNames?.get(booking.bookedById) : undefined;
  return {
    id: booking.id,
    deskId: booking.deskId,
    deskLabel: desk.label,
    floorId: desk.floorId,
    startsAt: booking.startsAt.toISOString(),
    endsAt: booking.endsAt.toISOString(),
    ...who,
    visibleToColleagues: who.mine ? booking.visibleToColleagues : null,
    checkedInAt: booking.checkedInAt?.toISOString() ?? null,
    cancelledAt: booking.cancelledAt?.toISOString() ?? null,
    cancelReason: booking.cancelReason,
    // Staff's own text: for the person it was about and for staff, never for colleagues.
    cancelNote: who.mine || viewer.staff ? booking.cancelNote : null,
    bookedByStaff: staffName ? { displayName: staffName } : null,
    // Like the visibility choice: it would link someone else's bookings to each other.
    seriesId: who.mine ? booking.seriesId : null,
  };
}

/**
 * Date → ISO string, remembered per timestamp for one response: a floor's bookings share a handful
 * of start and end times, and Date#toISOString costs about a microsecond a call.
 */
export function isoStrings(): (date: Date) => string {
  const known = new Map<number, string>();
  return (date) => {
    const time = date.getTime();
    let iso = known.get(time);
    if (iso === undefined) {
      iso = date.toISOString();
      known.set(time, iso);
    }
    return iso;
  };
}

export function toDeskAvailability(
  desk: FloorDesk,
  bookings: readonly BookingWindow[],
  viewer: Viewer,
  iso: (date: Date) => string = (date) => date.toISOString(),
  blockedFor?: string,
): DeskAvailabilityDto {
  // Object literals with every field spelled out (no spread): this runs for every booking of a
  // floor on every availability request.
  const views: AvailabilityBookingDto[] = bookings.map((b) => {
    const who = bookedBy(b, viewer);
    return { id: b.id, startsAt: iso(b.startsAt), endsAt: iso(b.endsAt), mine: who.mine, bookedBy: who.bookedBy };
  });
  const status =
    !desk.bookable || blockedFor !== undefined ? 'unavailable' : views.some((v) => v.mine) ? 'mine' : views.length ? 'booked' : 'free';
  const availability: DeskAvailabilityDto = {
    deskId: desk.id,
    label: desk.label,
    x: desk.x,
    y: desk.y,
    zone: desk.zone,
    amenities: [...desk.amenities],
    bookable: desk.bookable,
    status,
    bookings: views,
  };
  // Only on blocked desks: every other desk's answer stays as it was.
  if (blockedFor !== undefined) availability.blocked = { reason: blockedFor };
  return availability;
}
