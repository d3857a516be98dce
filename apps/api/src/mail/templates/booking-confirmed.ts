import { action, defineTemplate, note, paragraph } from './compose.js';
import { bookingPlace, type BookingMailParams } from './booking-mail-params.js';
import { formatBookingTimes } from './mail-dates.js';

/**
 * A booking made by or for the person (a series: every occurrence), with the .ics attached. It never
 * names who made it: staff booking for someone is "booked for you".
 */
export const bookingConfirmed = defineTemplate<BookingMailParams & { bookedForThem: string }>('booking-confirmed', {
  en: (p) => {
    const times = formatBookingTimes(p.times, p.timezone, 'en');
    return {
      subject: `Booked: desk ${p.desk} · ${p.location}`,
      greeting: `Hello ${p.displayName},`,
      blocks: [
        paragraph(
          `${p.bookedForThem ? 'A desk was booked for you' : 'Your desk is booked'}: ${bookingPlace(p, 'Desk')}, ${times.length === 1 ? 'on' : 'on these days'}:`,
        ),
        ...times.map(paragraph),
        action('See my bookings', p.link),
        note('The attached calendar file adds the booking to your calendar. You can switch these mails off on your Account page.'),
      ],
    };
  },
  de: (p) => {
    const times = formatBookingTimes(p.times, p.timezone, 'de');
    return {
      subject: `Gebucht: Arbeitsplatz ${p.desk} · ${p.location}`,
      greeting: `Hallo ${p.displayName},`,
      blocks: [
        paragraph(
          `${p.bookedForThem ? 'Für Sie wurde ein Arbeitsplatz gebucht' : 'Ihr Arbeitsplatz ist gebucht'}: ${bookingPlace(p, 'Arbeitsplatz')}, ${times.length === 1 ? 'am' : 'an diesen Tagen'}:`,
        ),
        ...times.map(paragraph),
        action('Meine Buchungen ansehen', p.link),
        note(
          'Mit der angehängten Kalenderdatei übernehmen Sie die Buchung in Ihren Kalender. Diese Mails können Sie auf Ihrer Kontoseite abschalten.',
        ),
      ],
    };
  },
});
