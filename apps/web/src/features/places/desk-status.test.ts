import { describe, expect, it } from 'vitest';
import type { AvailabilityBooking } from '../../api/types';
import { DESK_STATUSES, deskStatusAppearance, deskSummary, myBookingOn } from './desk-status';

const booking = (overrides: Partial<AvailabilityBooking> = {}): AvailabilityBooking => ({
  id: 'b-1',
  startsAt: '2027-03-02T08:00:00Z',
  endsAt: '2027-03-02T12:00:00Z',
  mine: false,
  bookedBy: null,
  ...overrides,
});

describe('deskStatusAppearance', () => {
  it('gives every status its own mark, not only its own colour', () => {
    const marks = DESK_STATUSES.map((status) => deskStatusAppearance(status).mark);
    expect(new Set(marks).size).toBe(DESK_STATUSES.length);
    expect(deskStatusAppearance('free')).toMatchObject({ mark: 'outline', action: 'book' });
    expect(deskStatusAppearance('booked')).toMatchObject({ mark: 'filled', action: null });
    expect(deskStatusAppearance('mine')).toMatchObject({ mark: 'check', action: 'cancel' });
    expect(deskStatusAppearance('unavailable')).toMatchObject({ mark: 'hatched', action: null });
  });

  it('names every status in words', () => {
    for (const status of DESK_STATUSES) expect(deskStatusAppearance(status).labelKey).toBe(`book.status.${status}`);
  });
});

describe('deskSummary', () => {
  it('names the colleague when the API shows them', () => {
    expect(deskSummary({ status: 'booked', bookings: [booking({ bookedBy: { displayName: 'Anna Schmidt' } })] })).toEqual({
      key: 'book.summary.bookedBy',
      values: { name: 'Anna Schmidt' },
    });
  });

  it('says only "Booked" when visibility hides the person', () => {
    expect(deskSummary({ status: 'booked', bookings: [booking()] })).toEqual({ key: 'book.summary.booked' });
  });

  it('names nobody when several bookings share the range', () => {
    const bookings = [
      booking({ bookedBy: { displayName: 'Anna Schmidt' } }),
      booking({ id: 'b-2', bookedBy: { displayName: 'Ben Braun' } }),
    ];
    expect(deskSummary({ status: 'booked', bookings })).toEqual({ key: 'book.summary.booked' });
  });

  it('has a line for free, own and unavailable desks', () => {
    expect(deskSummary({ status: 'free', bookings: [] })).toEqual({ key: 'book.summary.free' });
    expect(deskSummary({ status: 'mine', bookings: [booking({ mine: true })] })).toEqual({ key: 'book.summary.mine' });
    expect(deskSummary({ status: 'unavailable', bookings: [] })).toEqual({ key: 'book.summary.unavailable' });
    expect(deskSummary({ status: 'unavailable', bookings: [], blocked: { reason: 'New carpet' } })).toEqual({
      key: 'book.summary.blocked',
      values: { reason: 'New carpet' },
    });
  });
});

describe('myBookingOn', () => {
  it('finds the caller’s booking among others', () => {
    expect(myBookingOn({ bookings: [booking(), booking({ id: 'mine', mine: true })] })?.id).toBe('mine');
    expect(myBookingOn({ bookings: [booking()] })).toBeUndefined();
  });
});
