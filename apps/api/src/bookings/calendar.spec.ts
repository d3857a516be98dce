import { describe, expect, it } from 'vitest';
import { feedUrl } from './calendar-feeds.service.js';
import { bookingsCalendar, bookingSequence, type CalendarEntry } from './calendar.js';
import type { Booking } from './entities/booking.entity.js';

const entry = (cancelledAt: Date | null): CalendarEntry => ({
  booking: {
    id: 'b1',
    startsAt: new Date('2026-12-08T08:00:00Z'),
    endsAt: new Date('2026-12-08T16:00:00Z'),
    createdAt: new Date('2026-12-01T10:00:00Z'),
    cancelledAt,
  } as Booking,
  deskLabel: 'D1',
  floorName: 'Ground',
  locationName: 'HQ',
  address: 'Main St 1',
});

describe('calendar files and feeds', () => {
  it('gives a cancelled booking a higher SEQUENCE than its active form, under the same UID', () => {
    expect(bookingSequence({ cancelledAt: new Date() })).toBeGreaterThan(bookingSequence({ cancelledAt: null }));
    const active = bookingsCalendar([entry(null)], 'desk.example', 'en', { feed: true });
    const cancelled = bookingsCalendar([entry(new Date('2026-12-02T09:00:00Z'))], 'desk.example', 'en', { feed: true });
    expect(active).toMatch(/UID:b1@desk\.example/);
    expect(cancelled).toMatch(/UID:b1@desk\.example/);
    expect(active).toMatch(/SEQUENCE:0/);
    expect(active).toMatch(/STATUS:CONFIRMED/);
    expect(cancelled).toMatch(/SEQUENCE:1/);
    expect(cancelled).toMatch(/STATUS:CANCELLED/);
  });

  it('names the feed and asks subscribers to refresh hourly; the download has neither', () => {
    const feed = bookingsCalendar([entry(null)], 'desk.example', 'de', { feed: true });
    expect(feed).toMatch(/X-WR-CALNAME:Deskbook: meine Arbeitsplatzbuchungen/);
    expect(feed).toMatch(/REFRESH-INTERVAL;VALUE=DURATION:PT1H/);
    const download = bookingsCalendar([entry(null)], 'desk.example', 'de');
    expect(download).not.toMatch(/REFRESH-INTERVAL/);
    expect(download).toMatch(/SUMMARY:Arbeitsplatz D1 · HQ/);
  });

  it('builds webcal:// URLs from the public origin', () => {
    expect(feedUrl('https://desk.example.com', 'tok')).toBe('webcal://desk.example.com/api/calendar/tok.ics');
    expect(feedUrl('http://localhost:3000', 'tok')).toBe('webcal://localhost:3000/api/calendar/tok.ics');
  });
});
