import { describe, expect, it } from 'vitest';
import type { DeskPlace } from '../places/places.repositories.js';
import type { BookingWindow } from './bookings.repository.js';
import { colleagueMatches, localDayBounds, MAX_COLLEAGUE_RESULTS, searchWindow } from './colleague-search.js';

const place = (deskId: string, timezone = 'UTC'): DeskPlace => ({
  deskId,
  label: deskId.toUpperCase(),
  floorId: 'f1',
  floorName: 'Ground',
  locationId: 'l1',
  locationName: 'HQ',
  address: '',
  timezone,
});

const booking = (id: string, userId: string, startsAt: string, endsAt: string, extra: Partial<BookingWindow> = {}): BookingWindow => ({
  id,
  deskId: 'd1',
  userId,
  startsAt: new Date(startsAt),
  endsAt: new Date(endsAt),
  visibleToColleagues: true,
  visibilityCeiling: 'shown',
  ...extra,
});

const people = new Map([
  ['zelda', 'Zelda'],
  ['anton', 'Anton'],
]);
const places = new Map([
  ['d1', place('d1')],
  ['la', place('la', 'America/Los_Angeles')],
]);
const run = (setting: 'everyone' | 'anonymous' | 'user_choice', bookings: BookingWindow[], viewer = 'viewer') =>
  colleagueMatches({ date: '2026-12-08', setting, viewerUserId: viewer, people, bookings, places });

describe('colleague search', () => {
  it('reads a UTC window that holds the day in every time zone', () => {
    expect(searchWindow('2026-12-08')).toEqual({ from: new Date('2026-12-07T10:00:00Z'), to: new Date('2026-12-09T12:00:00Z') });
    expect(localDayBounds('2026-12-08', 'America/Los_Angeles')).toEqual({
      start: new Date('2026-12-08T08:00:00Z'),
      end: new Date('2026-12-09T08:00:00Z'),
    });
  });

  it('lists bookings overlapping the day in their location’s zone, by name then time', () => {
    const rows = run('everyone', [
      booking('b1', 'zelda', '2026-12-08T13:00:00Z', '2026-12-08T14:00:00Z'),
      booking('b2', 'zelda', '2026-12-08T08:00:00Z', '2026-12-08T09:00:00Z'),
      booking('b3', 'anton', '2026-12-08T23:00:00Z', '2026-12-09T01:00:00Z'),
      // 2026-12-09 05:00 UTC is the evening of the 8th in Los Angeles.
      booking('b4', 'anton', '2026-12-09T05:00:00Z', '2026-12-09T06:00:00Z', { deskId: 'la' }),
      // The 7th in Los Angeles.
      booking('b5', 'anton', '2026-12-08T05:00:00Z', '2026-12-08T06:00:00Z', { deskId: 'la' }),
      booking('b6', 'zelda', '2026-12-09T00:00:00Z', '2026-12-09T02:00:00Z'),
    ]);
    expect(rows.map((r) => [r.displayName, r.startsAt.toISOString()])).toEqual([
      ['Anton', '2026-12-08T23:00:00.000Z'],
      ['Anton', '2026-12-09T05:00:00.000Z'],
      ['Zelda', '2026-12-08T08:00:00.000Z'],
      ['Zelda', '2026-12-08T13:00:00.000Z'],
    ]);
  });

  it('shows nobody under anonymous, and only chosen bookings under user_choice', () => {
    const shown = booking('b1', 'zelda', '2026-12-08T08:00:00Z', '2026-12-08T09:00:00Z');
    const hidden = booking('b2', 'anton', '2026-12-08T08:00:00Z', '2026-12-08T09:00:00Z', { visibleToColleagues: false });
    expect(run('anonymous', [shown, hidden])).toEqual([]);
    expect(run('user_choice', [shown, hidden]).map((r) => r.displayName)).toEqual(['Zelda']);
    expect(run('everyone', [shown, hidden]).map((r) => r.displayName)).toEqual(['Anton', 'Zelda']);
  });

  it('keeps a booking hidden whose ceiling is hidden, leaves out the viewer and people not matched', () => {
    const rows = run(
      'everyone',
      [
        booking('b1', 'zelda', '2026-12-08T08:00:00Z', '2026-12-08T09:00:00Z', { visibilityCeiling: 'hidden' }),
        booking('b2', 'viewer', '2026-12-08T08:00:00Z', '2026-12-08T09:00:00Z'),
        booking('b3', 'stranger', '2026-12-08T08:00:00Z', '2026-12-08T09:00:00Z'),
      ],
      'viewer',
    );
    expect(rows).toEqual([]);
    expect(run('everyone', [booking('b4', 'zelda', '2026-12-08T08:00:00Z', '2026-12-08T09:00:00Z')], 'zelda')).toEqual([]);
  });

  it('answers at most MAX_COLLEAGUE_RESULTS rows', () => {
    const many = Array.from({ length: MAX_COLLEAGUE_RESULTS + 5 }, (_, i) =>
      booking(
        `b${i}`,
        'zelda',
        `2026-12-08T${String(i % 24).padStart(2, '0')}:00:00Z`,
        `2026-12-08T${String(i % 24).padStart(2, '0')}:30:00Z`,
      ),
    );
    expect(run('everyone', many)).toHaveLength(MAX_COLLEAGUE_RESULTS);
  });
});
