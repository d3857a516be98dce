import { describe, expect, it } from 'vitest';
import type { Booking } from '../../api/types';
import { bookingState, canCheckIn, checkInDeadline, groupByDay, myBookingsWindow, splitBookings } from './my-bookings';

const booking = (id: string, startsAt: string, endsAt: string, overrides: Partial<Booking> = {}): Booking => ({
  id,
  deskId: 'd-1',
  deskLabel: 'D1',
  floorId: 'f-1',
  startsAt,
  endsAt,
  mine: true,
  bookedBy: { displayName: 'Anna Schmidt' },
  visibleToColleagues: true,
  checkedInAt: null,
  cancelledAt: null,
  cancelReason: null,
  cancelNote: null,
  ...overrides,
});

const NOW = new Date('2027-03-02T10:00:00Z');
const ids = (list: Booking[]) => list.map((b) => b.id);

describe('splitBookings', () => {
  const cancelled = { cancelledAt: '2027-03-01T09:00:00Z', cancelReason: 'user' as const };

  it('puts running and future bookings first, soonest first; past ones below, latest first', () => {
    const list = [
      booking('tomorrow', '2027-03-03T08:00:00Z', '2027-03-03T16:00:00Z'),
      booking('running', '2027-03-02T08:00:00Z', '2027-03-02T16:00:00Z'),
      booking('yesterday', '2027-03-01T08:00:00Z', '2027-03-01T16:00:00Z'),
      booking('cancelled last week', '2027-02-24T08:00:00Z', '2027-02-24T16:00:00Z', cancelled),
      booking('last week', '2027-02-23T08:00:00Z', '2027-02-23T16:00:00Z'),
    ];
    const { upcoming, past } = splitBookings(list, NOW);
    expect(ids(upcoming)).toEqual(['running', 'tomorrow']);
    expect(ids(past)).toEqual(['yesterday', 'cancelled last week', 'last week']);
  });

  it('keeps a cancelled booking that is not over out of the past: it is listed as cancelled, soonest first', () => {
    const list = [
      booking('in two days', '2027-03-04T08:00:00Z', '2027-03-04T16:00:00Z', cancelled),
      booking('tomorrow', '2027-03-03T08:00:00Z', '2027-03-03T16:00:00Z', cancelled),
      booking('yesterday', '2027-03-01T08:00:00Z', '2027-03-01T16:00:00Z', cancelled),
    ];
    const { upcoming, cancelled: cancelledAhead, past } = splitBookings(list, NOW);
    expect(ids(upcoming)).toEqual([]);
    expect(ids(cancelledAhead)).toEqual(['tomorrow', 'in two days']);
    expect(ids(past)).toEqual(['yesterday']);
  });
});

describe('groupByDay', () => {
  it('groups by the start day in the location time zone', () => {
    // 23:30 UTC is the next day in Berlin.
    const late = booking('late', '2027-03-02T23:30:00Z', '2027-03-03T01:00:00Z');
    const morning = booking('morning', '2027-03-03T08:00:00Z', '2027-03-03T09:00:00Z');
    const early = booking('early', '2027-03-02T08:00:00Z', '2027-03-02T09:00:00Z');
    const groups = groupByDay([early, late, morning], () => 'Europe/Berlin');
    expect(groups.map((g) => [g.day, ids(g.bookings)])).toEqual([
      ['2027-03-02', ['early']],
      ['2027-03-03', ['late', 'morning']],
    ]);
    expect(groupByDay([late], () => 'UTC')[0].day).toBe('2027-03-02');
  });

  it('keeps bookings of different time zones apart', () => {
    const berlin = booking('berlin', '2027-03-02T08:00:00Z', '2027-03-02T09:00:00Z', { floorId: 'berlin' });
    const london = booking('london', '2027-03-02T09:00:00Z', '2027-03-02T10:00:00Z', { floorId: 'london' });
    const groups = groupByDay([berlin, london], (b) => (b.floorId === 'berlin' ? 'Europe/Berlin' : 'Europe/London'));
    expect(groups.map((g) => [g.day, g.zone])).toEqual([
      ['2027-03-02', 'Europe/Berlin'],
      ['2027-03-02', 'Europe/London'],
    ]);
  });

  it('falls back to UTC for a zone the browser does not know', () => {
    expect(groupByDay([booking('x', '2027-03-02T23:30:00Z', '2027-03-03T00:30:00Z')], () => 'Mars/Olympus')[0]).toMatchObject({
      day: '2027-03-02',
      zone: 'UTC',
    });
  });
});

describe('canCheckIn', () => {
  const b = booking('b', '2027-03-02T10:00:00Z', '2027-03-02T12:00:00Z');

  it('opens 15 minutes before the start and closes at the end', () => {
    expect(canCheckIn(b, new Date('2027-03-02T09:44:59Z'))).toBe(false);
    expect(canCheckIn(b, new Date('2027-03-02T09:45:00Z'))).toBe(true);
    expect(canCheckIn(b, new Date('2027-03-02T11:59:59Z'))).toBe(true);
    expect(canCheckIn(b, new Date('2027-03-02T12:00:00Z'))).toBe(false);
  });

  it('is closed once checked in or cancelled', () => {
    const at = new Date('2027-03-02T10:05:00Z');
    expect(canCheckIn({ ...b, checkedInAt: '2027-03-02T10:01:00Z' }, at)).toBe(false);
    expect(canCheckIn({ ...b, cancelledAt: '2027-03-02T09:00:00Z' }, at)).toBe(false);
  });

  it('tells when an unchecked booking is released', () => {
    expect(checkInDeadline(b, 30).toISOString()).toBe('2027-03-02T10:30:00.000Z');
  });
});

describe('bookingState', () => {
  it('tells released no-shows from cancellations', () => {
    const base = { checkedInAt: null, cancelledAt: null, cancelReason: null } as const;
    expect(bookingState(base)).toBe('active');
    expect(bookingState({ ...base, checkedInAt: 'x' })).toBe('checkedIn');
    expect(bookingState({ ...base, cancelledAt: 'x', cancelReason: 'user' })).toBe('cancelled');
    expect(bookingState({ ...base, cancelledAt: 'x', cancelReason: 'admin' })).toBe('cancelledByAdmin');
    expect(bookingState({ ...base, cancelledAt: 'x', cancelReason: 'no_show' })).toBe('released');
  });
});

describe('myBookingsWindow', () => {
  const days = (range: { from: string; to: string }) => [
    (NOW.getTime() - new Date(range.from).getTime()) / 86_400_000,
    (new Date(range.to).getTime() - NOW.getTime()) / 86_400_000,
  ];

  it('covers every bookable day ahead and 30 days back', () => {
    expect(days(myBookingsWindow(NOW, 14))).toEqual([30, 15]);
  });

  it('never asks for more than the API answers at once', () => {
    const [back, ahead] = days(myBookingsWindow(NOW, 365));
    expect(back + ahead).toBeLessThanOrEqual(62);
    expect(ahead).toBe(60);
  });
});
