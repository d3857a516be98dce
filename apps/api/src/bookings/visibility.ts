import type { TenantSettings } from '../tenants/settings.js';

export type BookingVisibility = TenantSettings['privacy']['bookingVisibility'];

/**
 * The most a booking may ever reveal about its booker, fixed when it is made: what the setting then
 * promised for the person's choice. A later setting can hide more (tightening applies at once) but
 * never show more (loosening applies to bookings made afterwards). Null once anonymized.
 */
export type VisibilityCeiling = 'shown' | 'hidden';

/** Whether this setting, on its own, shows the booker of a booking with this choice. */
function settingShows(setting: BookingVisibility, visibleToColleagues: boolean | null): boolean {
  if (setting === 'everyone') return true;
  if (setting === 'user_choice') return visibleToColleagues === true;
  return false;
}

/**
 * The ceiling a booking made now gets. Under `everyone` the person had no choice and was promised
 * nothing more than being shown; under `anonymous` they were promised never to be shown, whatever
 * they chose; under `user_choice` their own choice is the promise.
 */
export function visibilityCeiling(settingAtBooking: BookingVisibility, visibleToColleagues: boolean | null): VisibilityCeiling {
  return settingShows(settingAtBooking, visibleToColleagues) ? 'shown' : 'hidden';
}

/**
 * Who booked a desk, as a given viewer may see it (DESIGN.md "Visibility"). The one place this
 * rule lives: availability, booking details, calendars and exports all ask here. The booker is shown
 * only where the strictest of their own choice, the setting when they booked (the ceiling) and the
 * setting now allows it.
 * - `mine`: the viewer booked it (always shown to them).
 * - `shown`: the viewer may see the booker's name.
 * - `hidden`: nothing that identifies the booker may reach the viewer: not a name, not an id.
 */
export function bookerVisibility(
  setting: BookingVisibility,
  booking: { userId: string | null; visibleToColleagues: boolean | null; visibilityCeiling: VisibilityCeiling | null },
  viewerUserId: string,
): 'mine' | 'shown' | 'hidden' {
  if (booking.userId === null) return 'hidden';
  if (booking.userId === viewerUserId) return 'mine';
  if (booking.visibilityCeiling !== 'shown') return 'hidden';
  return settingShows(setting, booking.visibleToColleagues) ? 'shown' : 'hidden';
}
