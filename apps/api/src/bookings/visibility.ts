import type { TenantSettings } from '../tenants/settings.js';

export type BookingVisibility = TenantSettings['privacy']['bookingVisibility'];

/**
 * Who booked a desk, as a given viewer may see it (DESIGN.md "Visibility"). The one place this
 * rule lives: availability, booking details and calendars all ask here.
 * - `mine`: the viewer booked it (always shown to them).
 * - `shown`: the viewer may see the booker's name.
 * - `hidden`: nothing that identifies the booker may reach the viewer: not a name, not an id.
 */
export function bookerVisibility(
  setting: BookingVisibility,
  booking: { userId: string | null; visibleToColleagues: boolean | null },
  viewerUserId: string,
): 'mine' | 'shown' | 'hidden' {
  if (booking.userId === null) return 'hidden';
  if (booking.userId === viewerUserId) return 'mine';
  if (setting === 'everyone') return 'shown';
  if (setting === 'user_choice' && booking.visibleToColleagues === true) return 'shown';
  return 'hidden';
}
