import { describe, expect, it } from 'vitest';
import { bookerVisibility } from './visibility.js';

const anna = 'user-anna';
const ben = 'user-ben';

describe('bookerVisibility', () => {
  it('always shows the booker their own booking as mine, whatever the setting', () => {
    for (const setting of ['everyone', 'anonymous', 'user_choice'] as const) {
      expect(bookerVisibility(setting, { userId: anna, visibleToColleagues: false }, anna)).toBe('mine');
    }
  });

  it('everyone: colleagues see the name, even if the booker asked otherwise', () => {
    expect(bookerVisibility('everyone', { userId: anna, visibleToColleagues: false }, ben)).toBe('shown');
  });

  it('anonymous: nobody else sees who booked, whatever the booking says', () => {
    expect(bookerVisibility('anonymous', { userId: anna, visibleToColleagues: true }, ben)).toBe('hidden');
  });

  it('user_choice: shown only where the booker chose to be visible', () => {
    expect(bookerVisibility('user_choice', { userId: anna, visibleToColleagues: true }, ben)).toBe('shown');
    expect(bookerVisibility('user_choice', { userId: anna, visibleToColleagues: false }, ben)).toBe('hidden');
    expect(bookerVisibility('user_choice', { userId: anna, visibleToColleagues: null }, ben)).toBe('hidden');
  });

  it('hides anonymized bookings from everyone', () => {
    expect(bookerVisibility('everyone', { userId: null, visibleToColleagues: null }, ben)).toBe('hidden');
  });
});
