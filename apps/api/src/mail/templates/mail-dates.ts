import type { MailLocale } from './compose.js';

const LANGUAGE_TAG: Record<MailLocale, string> = { en: 'en-GB', de: 'de-DE' };

/** Rendering never fails over a value: one that is not what the template expects is shown as given. */
const asDate = (iso: string): Date | null => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
};

/** A moment as people read it in their language, e.g. "14 December 2026 at 21:30 UTC". */
export function formatMoment(iso: string, locale: MailLocale, timeZone = 'UTC'): string {
  const date = asDate(iso);
  if (!date) return iso;
  const text = new Intl.DateTimeFormat(LANGUAGE_TAG[locale], { dateStyle: 'long', timeStyle: 'short', timeZone }).format(date);
  return timeZone === 'UTC' ? `${text} UTC` : text;
}

/**
 * Booking times (`times`: JSON of [startsAt, endsAt] ISO pairs, see BookingMailParams) in the desk's time zone, one line each, e.g.
 * "Tuesday 8 December 2026, 09:00–17:00".
 */
export function formatBookingTimes(times: string, timeZone: string, locale: MailLocale): string[] {
  let pairs: unknown;
  try {
    pairs = JSON.parse(times);
  } catch {
    return [times];
  }
  if (!Array.isArray(pairs)) return [times];
  const format = new Intl.DateTimeFormat(LANGUAGE_TAG[locale], { dateStyle: 'full', timeStyle: 'short', timeZone });
  return pairs.map((pair: unknown) => {
    const [start, end] = Array.isArray(pair) ? pair.map((value) => asDate(String(value))) : [null, null];
    return start && end ? format.formatRange(start, end) : JSON.stringify(pair);
  });
}
