import { describe, expect, it } from 'vitest';
import type { DeskAvailability } from '../../api/types';
import { OPTIMISTIC_BOOKING_ID, withOptimisticBooking } from './optimistic-booking';

const desk = (deskId: string): DeskAvailability => ({
  deskId,
  label: deskId,
  x: 0,
  y: 0,
  zone: null,
  amenities: [],
  bookable: true,
  status: 'free',
  bookings: [],
});

describe('withOptimisticBooking', () => {
  it('turns only the booked desk "mine", with a stand-in booking', () => {
    const before = [desk('a'), desk('b')];
    const after = withOptimisticBooking(before, { deskId: 'b', startsAt: 's', endsAt: 'e' });
    expect(after[0]).toBe(before[0]);
    expect(after[1]).toMatchObject({ status: 'mine', bookings: [{ id: OPTIMISTIC_BOOKING_ID, mine: true, bookedBy: null }] });
    expect(before[1].status).toBe('free');
  });
});
