import { describe, expect, it } from 'vitest';
import type { Booking } from '../../api/types';
import { walkUpView } from './walk-up';

const booking = (overrides: Partial<Booking> = {}): Booking => ({
  id: 'b1',
  deskId: 'd1',
  deskLabel: 'D1',
  floorId: 'f1',
  startsAt: '2027-03-01T10:00:00.000Z',
  endsAt: '2027-03-01T12:00:00.000Z',
  mine: true,
  bookedBy: null,
  visibleToColleagues: true,
  checkedInAt: null,
  cancelledAt: null,
  cancelReason: null,
  cancelNote: null,
  bookedByStaff: null,
  seriesId: null,
  ...overrides,
});
const mine = (b: Booking) => ({ booking: b, status: 'mine' as const, freeFrom: null, freeUntil: null });

describe('walkUpView', () => {
  it('offers check-in from 15 minutes before the start, and says when it opens before that', () => {
    expect(walkUpView(mine(booking()), new Date('2027-03-01T09:45:00Z')).kind).toBe('checkIn');
    expect(walkUpView(mine(booking()), new Date('2027-03-01T09:30:00Z'))).toEqual({
      kind: 'checkInLater',
      booking: booking(),
      opensAt: '2027-03-01T09:45:00.000Z',
    });
  });

  it('says checked in once it is', () => {
    expect(walkUpView(mine(booking({ checkedInAt: '2027-03-01T10:01:00Z' })), new Date('2027-03-01T10:05:00Z')).kind).toBe('checkedIn');
  });

  it('offers booking now until freeUntil when free, and nothing when taken or unavailable', () => {
    const free = { booking: null, status: 'free' as const, freeFrom: '2027-03-01T10:00:00Z', freeUntil: '2027-03-01T17:30:00Z' };
    expect(walkUpView(free, new Date())).toEqual({ kind: 'bookNow', from: free.freeFrom, until: free.freeUntil });
    for (const status of ['booked', 'unavailable'] as const) {
      expect(walkUpView({ booking: null, status, freeFrom: null, freeUntil: null }, new Date()).kind).toBe('taken');
    }
  });
});
