import { describe, expect, it } from 'vitest';
import type { Desk } from '../places/entities/desk.entity.js';
import { isoStrings, staffBookerIds, toBookingDto, toDeskAvailability, visibleBookerIds, type Viewer } from './booking-view.js';
import type { BookingWindow } from './bookings.repository.js';
import type { Booking } from './entities/booking.entity.js';

const anna = 'user-anna';
const ben = 'user-ben';
const desk = { id: 'desk-1', label: 'A1', x: 10, y: 20, zone: 'North', amenities: ['monitor'], bookable: true };
const booking = (id: string, userId: string | null, visibleToColleagues: boolean | null, hour: number): BookingWindow => ({
  id,
  deskId: desk.id,
  userId,
  visibleToColleagues,
  // Booked under `everyone`: only the setting now decides (visibility.spec.ts covers the ceiling).
  visibilityCeiling: 'shown',
  startsAt: new Date(Date.UTC(2027, 2, 2, hour)),
  endsAt: new Date(Date.UTC(2027, 2, 2, hour + 2)),
});
const names = new Map([
  [anna, 'Anna Example'],
  [ben, 'Ben Example'],
]);

describe('toDeskAvailability', () => {
  it('hides the booker from colleagues when visibility is anonymous: no name, no id anywhere in the body', () => {
    const viewer: Viewer = { userId: ben, visibility: 'anonymous', names };
    const view = toDeskAvailability(desk, [booking('b1', anna, true, 8)], viewer, isoStrings());
    expect(view.bookings).toEqual([
      { id: 'b1', startsAt: '2027-03-02T08:00:00.000Z', endsAt: '2027-03-02T10:00:00.000Z', mine: false, bookedBy: null },
    ]);
    expect(view.status).toBe('booked');
    expect(JSON.stringify(view)).not.toMatch(/anna/i);
  });

  it('shows names under everyone and marks the viewer’s own booking as mine', () => {
    const viewer: Viewer = { userId: ben, visibility: 'everyone', names };
    const view = toDeskAvailability(desk, [booking('b1', anna, false, 8), booking('b2', ben, true, 12)], viewer, isoStrings());
    expect(view.bookings.map((b) => [b.mine, b.bookedBy])).toEqual([
      [false, { displayName: 'Anna Example' }],
      [true, { displayName: 'Ben Example' }],
    ]);
    expect(view.status).toBe('mine');
  });

  it('answers exactly the contract’s fields for a desk', () => {
    const view = toDeskAvailability({ ...desk, bookable: false }, [], { userId: ben, visibility: 'everyone', names });
    expect(view).toEqual({
      deskId: 'desk-1',
      label: 'A1',
      x: 10,
      y: 20,
      zone: 'North',
      amenities: ['monitor'],
      bookable: false,
      status: 'unavailable',
      bookings: [],
    });
  });
});

describe('visibleBookerIds', () => {
  it('asks only for the names the viewer may see (user_choice), never an anonymized booking’s', () => {
    const bookings = [
      booking('b1', anna, false, 8),
      booking('b2', ben, null, 10),
      booking('b3', 'user-cleo', true, 12),
      booking('b4', null, null, 14),
    ];
    expect(visibleBookerIds(bookings, ben, 'user_choice')).toEqual([ben, 'user-cleo']);
  });
});

describe('isoStrings', () => {
  it('formats like Date#toISOString, also for a time it has seen before', () => {
    const iso = isoStrings();
    const a = new Date(Date.UTC(2027, 0, 1, 8, 30, 0, 5));
    expect(iso(a)).toBe('2027-01-01T08:30:00.005Z');
    expect(iso(new Date(a.getTime()))).toBe(a.toISOString());
    expect(iso(new Date(a.getTime() + 1))).toBe('2027-01-01T08:30:00.006Z');
  });
});

describe('staff acting for a person', () => {
  const staff = 'user-staff';
  const row = (overrides: Partial<Booking> = {}): Booking =>
    ({
      ...booking('b1', anna, false, 8),
      checkedInAt: null,
      cancelledAt: new Date(Date.UTC(2027, 2, 1)),
      cancelReason: 'admin',
      cancelNote: 'Floor closed',
      seriesId: null,
      bookedById: staff,
      anonymizedAt: null,
      createdAt: new Date(Date.UTC(2027, 2, 1)),
      ...overrides,
    }) as Booking;
  const deskRow = { id: desk.id, label: desk.label, floorId: 'floor-1' } as Desk;
  const bookedByNames = new Map([[staff, 'Sam Staff']]);

  it('asks for the staff member’s name only on the viewer’s own bookings', () => {
    expect(staffBookerIds([row(), row({ userId: ben })], anna)).toEqual([staff]);
    expect(staffBookerIds([row({ bookedById: null }), row({ bookedById: anna })], anna)).toEqual([]);
  });

  it('shows the person who booked for them and staff’s reason; colleagues see neither', () => {
    const own = toBookingDto(row(), deskRow, { userId: anna, visibility: 'anonymous', names, bookedByNames });
    expect(own).toMatchObject({ mine: true, bookedByStaff: { displayName: 'Sam Staff' }, cancelNote: 'Floor closed' });
    const colleague = toBookingDto(row(), deskRow, { userId: ben, visibility: 'anonymous', names, bookedByNames });
    expect(colleague).toMatchObject({ mine: false, bookedBy: null, bookedByStaff: null, cancelNote: null });
    expect(JSON.stringify(colleague)).not.toMatch(/anna|Sam Staff|Floor closed/i);
  });

  it('shows staff the reason but not a hidden booker', () => {
    const view = toBookingDto(row(), deskRow, { userId: staff, visibility: 'anonymous', names, staff: true, bookedByNames });
    expect(view).toMatchObject({ mine: false, bookedBy: null, bookedByStaff: null, cancelNote: 'Floor closed' });
    expect(JSON.stringify(view)).not.toMatch(/anna/i);
  });
});
