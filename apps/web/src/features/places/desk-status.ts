import type { DeskAvailability, DeskStatus } from '../../api/types';

export const DESK_STATUSES = ['free', 'booked', 'mine', 'unavailable'] as const satisfies readonly DeskStatus[];

/**
 * How each status looks and what a person can do with it. Colour is never the only signal: each
 * status has its own mark (green outline, grey fill, blue with a check, hatching) and a text.
 */
export interface DeskStatusAppearance {
  /** The shape that tells the status without colour; the colours live in DeskMarker.module.css. */
  mark: 'outline' | 'filled' | 'check' | 'hatched';
  labelKey: `book.status.${DeskStatus}`;
  action: 'book' | 'cancel' | null;
}

const APPEARANCES: Record<DeskStatus, DeskStatusAppearance> = {
  free: { mark: 'outline', labelKey: 'book.status.free', action: 'book' },
  booked: { mark: 'filled', labelKey: 'book.status.booked', action: null },
  mine: { mark: 'check', labelKey: 'book.status.mine', action: 'cancel' },
  unavailable: { mark: 'hatched', labelKey: 'book.status.unavailable', action: null },
};

export function deskStatusAppearance(status: DeskStatus): DeskStatusAppearance {
  return APPEARANCES[status];
}

/**
 * The one line that says who has the desk. The API already applied the visibility rules: a booking
 * without `bookedBy` is shown as just "Booked", never with a guess at who it was.
 */
export type DeskSummary =
  | { key: 'book.summary.free' | 'book.summary.booked' | 'book.summary.mine' | 'book.summary.unavailable' }
  | { key: 'book.summary.bookedBy'; values: { name: string } }
  | { key: 'book.summary.blocked'; values: { reason: string } };

export function deskSummary(desk: Pick<DeskAvailability, 'status' | 'bookings' | 'blocked'>): DeskSummary {
  switch (desk.status) {
    case 'free':
      return { key: 'book.summary.free' };
    case 'mine':
      return { key: 'book.summary.mine' };
    case 'unavailable':
      // Staff blocked it (maintenance, an event): their reason says why.
      return desk.blocked ? { key: 'book.summary.blocked', values: { reason: desk.blocked.reason } } : { key: 'book.summary.unavailable' };
    case 'booked': {
      const names = [...new Set(desk.bookings.flatMap((booking) => (booking.bookedBy ? [booking.bookedBy.displayName] : [])))];
      // Several people in one range ("Anna and Ben") would imply more than one line can say: keep it to one name.
      return names.length === 1 && desk.bookings.length === 1
        ? { key: 'book.summary.bookedBy', values: { name: names[0] } }
        : { key: 'book.summary.booked' };
    }
  }
}

/** "D12 · Quiet zone · monitor, standing": what hovering or focusing a desk shows. */
export function deskDetails(desk: { label: string; zone: string | null; amenities: readonly string[] }): string {
  return [desk.label, desk.zone, desk.amenities.join(', ')].filter(Boolean).join(' · ');
}

/** The caller's own booking on this desk in the shown range, to cancel it. */
export function myBookingOn(desk: Pick<DeskAvailability, 'bookings'>): DeskAvailability['bookings'][number] | undefined {
  return desk.bookings.find((booking) => booking.mine);
}
