import { describe, expect, it } from 'vitest';
import { bookingRequestHash } from './idempotency-fingerprint.js';

const request = { deskId: 'desk-1', startsAt: '2027-03-02T11:00:00Z', endsAt: '2027-03-02T12:00:00Z' };

describe('bookingRequestHash', () => {
  it('is the same for the same instants written in another offset or precision', () => {
    expect(bookingRequestHash({ ...request, startsAt: '2027-03-02T12:00:00+01:00', endsAt: '2027-03-02T12:00:00.000Z' })).toBe(
      bookingRequestHash(request),
    );
  });

  it('differs when the desk, a time or the visibility differs', () => {
    const base = bookingRequestHash(request);
    expect(bookingRequestHash({ ...request, deskId: 'desk-2' })).not.toBe(base);
    expect(bookingRequestHash({ ...request, startsAt: '2027-03-02T10:00:00Z' })).not.toBe(base);
    expect(bookingRequestHash({ ...request, endsAt: '2027-03-02T13:00:00Z' })).not.toBe(base);
    expect(bookingRequestHash({ ...request, visibleToColleagues: false })).not.toBe(base);
    expect(bookingRequestHash({ ...request, visibleToColleagues: true })).not.toBe(base);
  });

  it('is a hex SHA-256', () => {
    expect(bookingRequestHash(request)).toMatch(/^[0-9a-f]{64}$/);
  });
});
