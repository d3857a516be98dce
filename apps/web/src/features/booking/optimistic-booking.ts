import type { DeskAvailability } from '../../api/types';

/** Stands in for the booking until the API answers; never sent anywhere. */
export const OPTIMISTIC_BOOKING_ID = 'optimistic';

/**
 * The availability as it will look once the booking is made: the desk turns "mine" at once, the rest
 * stays as it is. (On 409 the caller puts the previous list back.)
 */
export function withOptimisticBooking(
  desks: readonly DeskAvailability[],
  booking: { deskId: string; startsAt: string; endsAt: string },
): DeskAvailability[] {
  return desks.map((desk) =>
    desk.deskId === booking.deskId
      ? {
          ...desk,
          status: 'mine',
          bookings: [
            ...desk.bookings,
            { id: OPTIMISTIC_BOOKING_ID, startsAt: booking.startsAt, endsAt: booking.endsAt, mine: true, bookedBy: null },
          ],
        }
      : desk,
  );
}
