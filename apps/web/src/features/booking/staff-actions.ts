import type { Booking, DeskAvailability } from '../../api/types';

/** The API searches the member directory from this many characters on (GET /users/directory?q=). */
export const DIRECTORY_MIN_CHARS = 2;
/** The most a cancellation reason may hold (DELETE /bookings/:id { reason }). */
export const REASON_MAX_CHARS = 500;

/** The search text to send, or null while it is too short to ask the API. */
export function directoryQuery(text: string): string | null {
  const trimmed = text.trim();
  return trimmed.length >= DIRECTORY_MIN_CHARS ? trimmed.slice(0, 100) : null;
}

/** Why a cancellation reason cannot be sent yet, or null when it can (it is trimmed as the API trims it). */
export function reasonProblem(reason: string): 'required' | 'tooLong' | null {
  const trimmed = reason.trim();
  if (trimmed.length === 0) return 'required';
  return trimmed.length > REASON_MAX_CHARS ? 'tooLong' : null;
}

/** Bookings on this desk that staff may cancel for someone: every one that is not the viewer's own. */
export function othersBookings(desk: Pick<DeskAvailability, 'bookings'>): DeskAvailability['bookings'] {
  return desk.bookings.filter((booking) => !booking.mine);
}

/** What "My bookings" tells the person about staff's part in a booking of theirs. */
export function staffNotes(booking: Pick<Booking, 'bookedByStaff' | 'cancelledAt' | 'cancelReason' | 'cancelNote'>): {
  bookedBy: string | null;
  cancelNote: string | null;
} {
  const cancelledByStaff = booking.cancelledAt !== null && booking.cancelReason === 'admin';
  return {
    bookedBy: booking.bookedByStaff?.displayName ?? null,
    cancelNote: cancelledByStaff ? (booking.cancelNote ?? null) : null,
  };
}
