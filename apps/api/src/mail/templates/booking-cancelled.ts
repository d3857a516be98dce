import { action, defineTemplate, note, paragraph } from './compose.js';
import { bookingPlace, type BookingMailParams } from './booking-mail-params.js';
import { formatBookingTimes } from './mail-dates.js';

/**
 * Bookings of the person cancelled by staff (`cause` staff, with their `note` if they gave one) or
 * released because nobody checked in (`cause` no_show). Never names who cancelled.
 */
export const bookingCancelled = defineTemplate<BookingMailParams & { cause: string; note: string }>('booking-cancelled', {
  en: (p) => {
    const times = formatBookingTimes(p.times, p.timezone, 'en');
    return {
      subject: `Cancelled: desk ${p.desk} · ${p.location}`,
      greeting: `Hello ${p.displayName},`,
      blocks: [
        paragraph(
          p.cause === 'no_show'
            ? `Your booking of ${bookingPlace(p, 'desk')} was released because nobody checked in:`
            : `Your facility team cancelled your booking of ${bookingPlace(p, 'desk')}:`,
        ),
        ...times.map(paragraph),
        ...(p.note ? [paragraph(`Reason: ${p.note}`)] : []),
        action('Book another desk', p.link),
        note('The attached calendar file removes the booking from your calendar. You can switch these mails off on your Account page.'),
      ],
    };
  },
  de: (p) => {
    const times = formatBookingTimes(p.times, p.timezone, 'de');
    return {
      subject: `Storniert: Arbeitsplatz ${p.desk} · ${p.location}`,
      greeting: `Hallo ${p.displayName},`,
      blocks: [
        paragraph(
          p.cause === 'no_show'
            ? `Ihre Buchung von ${bookingPlace(p, 'Arbeitsplatz')} wurde freigegeben, weil niemand eingecheckt hat:`
            : `Ihr Facility-Team hat Ihre Buchung von ${bookingPlace(p, 'Arbeitsplatz')} storniert:`,
        ),
        ...times.map(paragraph),
        ...(p.note ? [paragraph(`Grund: ${p.note}`)] : []),
        action('Anderen Arbeitsplatz buchen', p.link),
        note(
          'Mit der angehängten Kalenderdatei entfernen Sie die Buchung aus Ihrem Kalender. Diese Mails können Sie auf Ihrer Kontoseite abschalten.',
        ),
      ],
    };
  },
});
