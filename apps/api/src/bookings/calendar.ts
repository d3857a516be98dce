import ical from 'ical-generator';
import type { Booking } from './entities/booking.entity.js';

export interface CalendarEntry {
  booking: Booking;
  deskLabel: string;
  floorName: string;
  locationName: string;
  address: string;
}

/** The words of a calendar file, in the languages the web app speaks. */
const TEXTS = {
  en: { desk: (label: string) => `Desk ${label}` },
  de: { desk: (label: string) => `Arbeitsplatz ${label}` },
} as const;

type CalendarLanguage = keyof typeof TEXTS;

function calendarLanguage(locale: string): CalendarLanguage {
  const language = locale.slice(0, 2).toLowerCase();
  return language in TEXTS ? (language as CalendarLanguage) : 'en';
}

/**
 * The caller's bookings as an RFC 5545 calendar in their language (`locale`, e.g. "de"); UIDs are
 * stable, so re-imports update events.
 */
export function bookingsCalendar(entries: CalendarEntry[], domain: string, locale: string): string {
  const language = calendarLanguage(locale);
  const texts = TEXTS[language];
  const calendar = ical({ name: 'Deskbook', prodId: { company: 'Deskbook', product: 'Deskbook', language: language.toUpperCase() } });
  for (const { booking, deskLabel, floorName, locationName, address } of entries) {
    calendar.createEvent({
      id: `${booking.id}@${domain}`,
      start: booking.startsAt,
      end: booking.endsAt,
      stamp: booking.createdAt,
      summary: `${texts.desk(deskLabel)} · ${locationName}`,
      location: [`${floorName}, ${locationName}`, address].filter(Boolean).join(', '),
      description: `${texts.desk(deskLabel)}, ${floorName}, ${locationName}`,
    });
  }
  return calendar.toString();
}
