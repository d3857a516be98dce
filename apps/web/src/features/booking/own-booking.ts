import type { DeskAvailability } from '../../api/types';

/**
 * The label of the person's own desk when one of their bookings covers the whole range: another desk
 * for the same time would be refused (one desk per person at a time), so none is offered.
 */
export function ownDeskCovering(
  desks: readonly Pick<DeskAvailability, 'label' | 'bookings'>[],
  range: { from: string; to: string },
): string | null {
  const from = new Date(range.from).getTime();
  const to = new Date(range.to).getTime();
  const covers = (booking: DeskAvailability['bookings'][number]) =>
    booking.mine && new Date(booking.startsAt).getTime() <= from && new Date(booking.endsAt).getTime() >= to;
  return desks.find((desk) => desk.bookings.some(covers))?.label ?? null;
}
