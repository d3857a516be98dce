import type { TenantSettings } from '../../api/types';

export type BookingVisibility = TenantSettings['privacy']['bookingVisibility'];

/** The ways the setting can change: toward `everyone` loosens, toward `anonymous` tightens. */
export type VisibilityChange = 'loosen.everyone' | 'loosen.user_choice' | 'tighten.anonymous' | 'tighten.user_choice';

/**
 * What an edited visibility setting will do, as the API applies it (bookings/visibility.ts): a looser
 * setting reveals nothing on existing bookings, only on those made afterwards; a stricter one hides
 * names at once.
 */
export function visibilityChange(saved: BookingVisibility, edited: BookingVisibility): VisibilityChange | null {
  if (saved === edited) return null;
  if (edited === 'everyone') return 'loosen.everyone';
  if (edited === 'anonymous') return 'tighten.anonymous';
  return saved === 'anonymous' ? 'loosen.user_choice' : 'tighten.user_choice';
}
