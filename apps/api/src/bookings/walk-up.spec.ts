import { describe, expect, it } from 'vitest';
import { defaultOpeningHours } from '../places/opening-hours.js';
import { defaultSettings } from '../tenants/settings.js';
import { violatedBookingRule } from './booking-rules.js';
import { walkUpWindow, type WalkUpInput } from './walk-up.js';

// Monday 2027-03-01 09:10 in Berlin (UTC+1): the running slot started 09:00 local, 08:00Z.
const NOW = new Date('2027-03-01T08:10:00Z');
const at = (iso: string) => new Date(iso);
const input = (overrides: Partial<WalkUpInput> = {}): WalkUpInput => ({
  now: NOW,
  timezone: 'Europe/Berlin',
  openingHours: defaultOpeningHours(),
  bookable: true,
  rules: defaultSettings().booking,
  deskBookings: [],
  ownElsewhere: [],
  ...overrides,
});

describe('walkUpWindow', () => {
  it('offers the desk from the running slot until closing time', () => {
    expect(walkUpWindow(input())).toEqual({ status: 'free', freeFrom: at('2027-03-01T08:00:00Z'), freeUntil: at('2027-03-01T17:00:00Z') });
  });

  it('ends at the desk’s next booking', () => {
    const deskBookings = [{ startsAt: at('2027-03-01T11:30:00Z'), endsAt: at('2027-03-01T12:00:00Z') }];
    expect(walkUpWindow(input({ deskBookings })).freeUntil).toEqual(at('2027-03-01T11:30:00Z'));
  });

  it('ends at the caller’s own next booking elsewhere and at the longest booking allowed', () => {
    const ownElsewhere = [{ startsAt: at('2027-03-01T14:00:00Z'), endsAt: at('2027-03-01T15:00:00Z') }];
    expect(walkUpWindow(input({ ownElsewhere })).freeUntil).toEqual(at('2027-03-01T14:00:00Z'));
    const rules = { ...defaultSettings().booking, maxDurationMinutes: 120 };
    expect(walkUpWindow(input({ rules })).freeUntil).toEqual(at('2027-03-01T10:00:00Z'));
  });

  it('rounds an end that is off the slot grid down to it', () => {
    const openingHours = { ...defaultOpeningHours(), mon: { open: '08:00', close: '17:45' } };
    expect(walkUpWindow(input({ openingHours })).freeUntil).toEqual(at('2027-03-01T16:30:00Z'));
  });

  it('is booked while someone else holds the running slot, and says nothing else', () => {
    const deskBookings = [{ startsAt: at('2027-03-01T07:00:00Z'), endsAt: at('2027-03-01T08:30:00Z') }];
    expect(walkUpWindow(input({ deskBookings }))).toEqual({ status: 'booked', freeFrom: null, freeUntil: null });
  });

  it('is unavailable when the desk cannot be booked or the office is closed', () => {
    expect(walkUpWindow(input({ bookable: false })).status).toBe('unavailable');
    expect(walkUpWindow(input({ now: at('2027-03-01T06:00:00Z') })).status).toBe('unavailable');
    expect(walkUpWindow(input({ now: at('2027-03-01T17:05:00Z') })).status).toBe('unavailable');
    expect(walkUpWindow(input({ now: at('2027-03-06T10:00:00Z') })).status).toBe('unavailable'); // Saturday
  });

  it('offers only what the booking rules then accept, at any minute of the day', () => {
    const rules = defaultSettings().booking;
    for (let minute = 0; minute < 24 * 60; minute += 7) {
      const now = new Date(Date.parse('2027-03-01T00:00:00Z') + minute * 60_000);
      const offer = walkUpWindow(input({ now }));
      if (offer.status !== 'free') continue;
      const rule = violatedBookingRule({
        startsAt: offer.freeFrom!,
        endsAt: offer.freeUntil!,
        now,
        rules,
        timezone: 'Europe/Berlin',
        openingHours: defaultOpeningHours(),
        bookable: true,
      });
      expect(rule, now.toISOString()).toBeNull();
    }
  });
});
