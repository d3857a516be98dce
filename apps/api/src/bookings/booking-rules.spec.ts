import { describe, expect, it } from 'vitest';
import { defaultOpeningHours } from '../places/opening-hours.js';
import { defaultSettings } from '../tenants/settings.js';
import { violatedBookingRule, type BookingRequest } from './booking-rules.js';

// Monday 2027-03-01 09:10 in Berlin (UTC+1).
const NOW = new Date('2027-03-01T08:10:00Z');
const base = (startsAt: string, endsAt: string, overrides: Partial<BookingRequest> = {}): BookingRequest => ({
  startsAt: new Date(startsAt),
  endsAt: new Date(endsAt),
  now: NOW,
  rules: defaultSettings().booking,
  timezone: 'Europe/Berlin',
  openingHours: defaultOpeningHours(),
  bookable: true,
  ...overrides,
});

describe('violatedBookingRule', () => {
  it('accepts a normal booking', () => {
    expect(violatedBookingRule(base('2027-03-02T08:00:00Z', '2027-03-02T16:00:00Z'))).toBeNull();
  });

  it('lets the slot that is running now be booked, but nothing earlier', () => {
    expect(violatedBookingRule(base('2027-03-01T08:00:00Z', '2027-03-01T09:00:00Z'))).toBeNull();
    expect(violatedBookingRule(base('2027-03-01T07:30:00Z', '2027-03-01T09:00:00Z'))).toBe('IN_THE_PAST');
  });

  it('refuses beyond maxDaysAhead (local days)', () => {
    expect(violatedBookingRule(base('2027-03-15T08:00:00Z', '2027-03-15T09:00:00Z'))).toBeNull();
    expect(violatedBookingRule(base('2027-03-16T08:00:00Z', '2027-03-16T09:00:00Z'))).toBe('TOO_FAR_AHEAD');
  });

  it('refuses longer than maxDurationMinutes', () => {
    const rules = { ...defaultSettings().booking, maxDurationMinutes: 120 };
    expect(violatedBookingRule(base('2027-03-02T08:00:00Z', '2027-03-02T10:00:00Z', { rules }))).toBeNull();
    expect(violatedBookingRule(base('2027-03-02T08:00:00Z', '2027-03-02T10:30:00Z', { rules }))).toBe('TOO_LONG');
  });

  it('wants start and end on slot boundaries of the local clock', () => {
    expect(violatedBookingRule(base('2027-03-02T08:15:00Z', '2027-03-02T10:00:00Z'))).toBe('SLOT_BOUNDARY');
    expect(violatedBookingRule(base('2027-03-02T08:00:00Z', '2027-03-02T10:00:01Z'))).toBe('SLOT_BOUNDARY');
    const rules = { ...defaultSettings().booking, slotMinutes: 15 as const };
    expect(violatedBookingRule(base('2027-03-02T08:15:00Z', '2027-03-02T10:00:00Z', { rules }))).toBeNull();
    // Kathmandu is UTC+5:45: its 09:00 is 03:15 UTC, which is on a 30-minute slot locally.
    const kathmandu = { timezone: 'Asia/Kathmandu', now: new Date('2027-03-01T01:00:00Z') };
    expect(violatedBookingRule(base('2027-03-02T03:15:00Z', '2027-03-02T04:15:00Z', kathmandu))).toBeNull();
  });

  it('keeps inside the opening hours of the local weekday', () => {
    // 08:00–18:00 Berlin = 07:00–17:00 UTC in March.
    expect(
      violatedBookingRule(
        base('2027-03-02T07:00:00Z', '2027-03-02T17:00:00Z', { rules: { ...defaultSettings().booking, maxDurationMinutes: 600 } }),
      ),
    ).toBeNull();
    expect(violatedBookingRule(base('2027-03-02T06:30:00Z', '2027-03-02T08:00:00Z'))).toBe('OUTSIDE_OPENING_HOURS');
    expect(violatedBookingRule(base('2027-03-02T16:00:00Z', '2027-03-02T17:30:00Z'))).toBe('OUTSIDE_OPENING_HOURS');
    // Saturday is closed by default.
    expect(violatedBookingRule(base('2027-03-06T08:00:00Z', '2027-03-06T09:00:00Z'))).toBe('OUTSIDE_OPENING_HOURS');
  });

  it('refuses a desk that is not bookable, first', () => {
    expect(violatedBookingRule(base('2027-03-02T08:00:00Z', '2027-03-02T09:00:00Z', { bookable: false }))).toBe('DESK_NOT_BOOKABLE');
  });
});
