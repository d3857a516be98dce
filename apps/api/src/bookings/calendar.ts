import ical from 'ical-generator';
import type { Booking } from './entities/booking.entity.js';

export interface CalendarEntry {
  booking: Booking;
  deskLabel: string;
  floorName: string;
  locationName: string;
  address: string;
}

/** The caller's bookings as an RFC 5545 calendar; UIDs are stable, so re-imports update events. */
export function bookingsCalendar(entries: CalendarEntry[], domain: string): string {
  const calendar = ical({ name: 'Deskbook', prodId: { company: 'Deskbook', product: 'Deskbook', language: 'EN' } });
  for (const { booking, deskLabel, floorName, locationName, address } of entries) {
    calendar.createEvent({
      id: `${booking.id}@${domain}`,
      start: booking.startsAt,
      end: booking.endsAt,
      stamp: booking.createdAt,
      summary: `Desk ${deskLabel} · ${locationName}`,
      location: [`${floorName}, ${locationName}`, address].filter(Boolean).join(', '),
      description: `Desk ${deskLabel}, ${floorName}, ${locationName}`,
    });
  }
  return calendar.toString();
}
