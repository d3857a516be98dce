import ical, { ICalEventStatus } from 'ical-generator';
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
  en: {
    desk: (label: string) => `Desk ${label}`,
    cancelled: (summary: string) => `Cancelled: ${summary}`,
    feedName: 'Deskbook: my desk bookings',
  },
  de: {
    desk: (label: string) => `Arbeitsplatz ${label}`,
    cancelled: (summary: string) => `Storniert: ${summary}`,
    feedName: 'Deskbook: meine Arbeitsplatzbuchungen',
  },
} as const;

type CalendarLanguage = keyof typeof TEXTS;

function calendarLanguage(locale: string): CalendarLanguage {
  const language = locale.slice(0, 2).toLowerCase();
  return language in TEXTS ? (language as CalendarLanguage) : 'en';
}

/** How often subscribed calendars should fetch the feed again. */
const FEED_REFRESH_SECONDS = 3600;

/**
 * A booking's SEQUENCE: its cancelled form must outrank its active one, or a subscribed calendar keeps
 * the event it already has. A booking changes nothing else after it is made (times and desk are fixed).
 */
export function bookingSequence(booking: Pick<Booking, 'cancelledAt'>): number {
  return booking.cancelledAt ? 1 : 0;
}

/**
 * Bookings as an RFC 5545 calendar in the person's language (`locale`, e.g. "de"); UIDs are stable,
 * so re-imports and feed refreshes update events. A cancelled booking (only the subscription feed
 * lists them) keeps its UID with STATUS:CANCELLED and a higher SEQUENCE, so calendars remove it.
 * `feed`: the subscription's name and refresh interval for subscribers.
 */
export function bookingsCalendar(entries: CalendarEntry[], domain: string, locale: string, options: { feed?: boolean } = {}): string {
  const language = calendarLanguage(locale);
  const texts = TEXTS[language];
  const calendar = ical({
    name: options.feed ? texts.feedName : 'Deskbook',
    prodId: { company: 'Deskbook', product: 'Deskbook', language: language.toUpperCase() },
    ttl: options.feed ? FEED_REFRESH_SECONDS : null,
  });
  for (const { booking, deskLabel, floorName, locationName, address } of entries) {
    const summary = `${texts.desk(deskLabel)} · ${locationName}`;
    calendar.createEvent({
      id: `${booking.id}@${domain}`,
      start: booking.startsAt,
      end: booking.endsAt,
      stamp: booking.cancelledAt ?? booking.createdAt,
      sequence: bookingSequence(booking),
      status: booking.cancelledAt ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      summary: booking.cancelledAt ? texts.cancelled(summary) : summary,
      location: [`${floorName}, ${locationName}`, address].filter(Boolean).join(', '),
      description: `${texts.desk(deskLabel)}, ${floorName}, ${locationName}`,
    });
  }
  return calendar.toString();
}
