import { describe, expect, it } from 'vitest';
import { visibilityChange } from './visibility-change';

describe('visibilityChange', () => {
  it('is nothing while the setting is unchanged', () => {
    for (const setting of ['everyone', 'anonymous', 'user_choice'] as const) expect(visibilityChange(setting, setting)).toBeNull();
  });

  it('loosening (toward everyone) only affects bookings made from now on', () => {
    expect(visibilityChange('user_choice', 'everyone')).toBe('loosen.everyone');
    expect(visibilityChange('anonymous', 'everyone')).toBe('loosen.everyone');
    expect(visibilityChange('anonymous', 'user_choice')).toBe('loosen.user_choice');
  });

  it('tightening (toward anonymous) applies at once', () => {
    expect(visibilityChange('everyone', 'anonymous')).toBe('tighten.anonymous');
    expect(visibilityChange('user_choice', 'anonymous')).toBe('tighten.anonymous');
    expect(visibilityChange('everyone', 'user_choice')).toBe('tighten.user_choice');
  });
});
