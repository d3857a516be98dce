import { describe, expect, it } from 'vitest';
import { directoryQuery, othersBookings, reasonProblem, staffNotes } from './staff-actions';

describe('directoryQuery', () => {
  it('asks the API only from two characters on, trimmed', () => {
    expect(directoryQuery('')).toBeNull();
    expect(directoryQuery(' a ')).toBeNull();
    expect(directoryQuery(' an ')).toBe('an');
    expect(directoryQuery('x'.repeat(150))).toHaveLength(100);
  });
});

describe('reasonProblem', () => {
  it('requires a reason of 1 to 500 characters after trimming', () => {
    expect(reasonProblem('   ')).toBe('required');
    expect(reasonProblem(' Floor closed ')).toBeNull();
    expect(reasonProblem(` ${'x'.repeat(500)} `)).toBeNull();
    expect(reasonProblem('x'.repeat(501))).toBe('tooLong');
  });
});

describe('othersBookings', () => {
  it('leaves out the viewer’s own bookings', () => {
    const booking = (id: string, mine: boolean) => ({ id, startsAt: 'a', endsAt: 'b', mine, bookedBy: null });
    expect(othersBookings({ bookings: [booking('b1', true), booking('b2', false)] }).map((b) => b.id)).toEqual(['b2']);
  });
});

describe('staffNotes', () => {
  const base = { bookedByStaff: null, cancelledAt: null, cancelReason: null, cancelNote: null };
  it('names who booked for the person', () => {
    expect(staffNotes({ ...base, bookedByStaff: { displayName: 'Anna Schmidt' } })).toEqual({ bookedBy: 'Anna Schmidt', cancelNote: null });
  });
  it('shows the reason of a cancellation by staff only', () => {
    expect(staffNotes({ ...base, cancelledAt: 'x', cancelReason: 'admin', cancelNote: 'Cleaning' }).cancelNote).toBe('Cleaning');
    expect(staffNotes({ ...base, cancelledAt: 'x', cancelReason: 'user', cancelNote: 'Cleaning' }).cancelNote).toBeNull();
    expect(staffNotes({ ...base, cancelledAt: null, cancelReason: null, cancelNote: 'Cleaning' }).cancelNote).toBeNull();
  });
});
