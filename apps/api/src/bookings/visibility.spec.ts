import { describe, expect, it } from 'vitest';
import { bookerVisibility, visibilityCeiling, type BookingVisibility, type VisibilityCeiling } from './visibility.js';

const anna = 'user-anna';
const ben = 'user-ben';
const SETTINGS: BookingVisibility[] = ['everyone', 'anonymous', 'user_choice'];
const CHOICES = [true, false, null] as const;

/** A booking Anna made under `atBooking` with her choice, as Ben sees it under `now`. */
function seenByBen(atBooking: BookingVisibility, choice: boolean | null, now: BookingVisibility) {
  const booking = { userId: anna, visibleToColleagues: choice, visibilityCeiling: visibilityCeiling(atBooking, choice) };
  return bookerVisibility(now, booking, ben);
}

/** What the setting alone allows: the strictest of this and the booking-time value wins. */
const allows = (setting: BookingVisibility, choice: boolean | null) =>
  setting === 'everyone' || (setting === 'user_choice' && choice === true);

describe('visibilityCeiling', () => {
  it('everyone: shown, whatever the person chose (they had no choice)', () => {
    for (const choice of CHOICES) expect(visibilityCeiling('everyone', choice)).toBe('shown');
  });

  it('anonymous: hidden, whatever the person chose', () => {
    for (const choice of CHOICES) expect(visibilityCeiling('anonymous', choice)).toBe('hidden');
  });

  it('user_choice: the person’s own choice', () => {
    expect(visibilityCeiling('user_choice', true)).toBe('shown');
    expect(visibilityCeiling('user_choice', false)).toBe('hidden');
    expect(visibilityCeiling('user_choice', null)).toBe('hidden');
  });
});

describe('bookerVisibility', () => {
  it('always shows the booker their own booking as mine, whatever the setting or ceiling', () => {
    for (const setting of SETTINGS) {
      for (const ceiling of ['shown', 'hidden', null] as const) {
        expect(bookerVisibility(setting, { userId: anna, visibleToColleagues: false, visibilityCeiling: ceiling }, anna)).toBe('mine');
      }
    }
  });

  it('shows a colleague the booker only where own choice, setting at booking and setting now all allow it (every combination)', () => {
    for (const atBooking of SETTINGS) {
      for (const now of SETTINGS) {
        for (const choice of CHOICES) {
          const expected = allows(atBooking, choice) && allows(now, choice) ? 'shown' : 'hidden';
          expect(seenByBen(atBooking, choice, now), `${atBooking} → ${now}, choice ${String(choice)}`).toBe(expected);
        }
      }
    }
  });

  it('loosening never reveals: user_choice with the name hidden stays hidden under everyone', () => {
    expect(seenByBen('user_choice', false, 'everyone')).toBe('hidden');
  });

  it('loosening never reveals: anonymous stays hidden under everyone and user_choice, even where the person chose to be seen', () => {
    expect(seenByBen('anonymous', true, 'everyone')).toBe('hidden');
    expect(seenByBen('anonymous', true, 'user_choice')).toBe('hidden');
  });

  it('tightening applies at once: everyone → anonymous hides; everyone → user_choice hides where the person chose so', () => {
    expect(seenByBen('everyone', true, 'anonymous')).toBe('hidden');
    expect(seenByBen('everyone', false, 'user_choice')).toBe('hidden');
    expect(seenByBen('everyone', true, 'user_choice')).toBe('shown');
  });

  it('hides anonymized bookings (no person, no ceiling) from everyone', () => {
    for (const setting of SETTINGS) {
      expect(bookerVisibility(setting, { userId: null, visibleToColleagues: null, visibilityCeiling: null }, ben)).toBe('hidden');
    }
  });

  it('hides a booking without a ceiling, whatever the setting', () => {
    const ceiling: VisibilityCeiling | null = null;
    expect(bookerVisibility('everyone', { userId: anna, visibleToColleagues: true, visibilityCeiling: ceiling }, ben)).toBe('hidden');
  });
});
