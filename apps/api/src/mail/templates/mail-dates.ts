import type { MailLocale } from './compose.js';

const LANGUAGE_TAG: Record<MailLocale, string> = { en: 'en-GB', de: 'de-DE' };

/** A moment as people read it in their language, e.g. "14 December 2026 at 21:30 UTC". */
export function formatMoment(iso: string, locale: MailLocale, timeZone = 'UTC'): string {
  const text = new Intl.DateTimeFormat(LANGUAGE_TAG[locale], { dateStyle: 'long', timeStyle: 'short', timeZone }).format(new Date(iso));
  return timeZone === 'UTC' ? `${text} UTC` : text;
}

/**
 * Booking times (`times`: JSON of [startsAt, endsAt] ISO pairs) in the desk's time zone, one line
 * each, e.g. "Tuesday, 8 December 2026, 09:00–17:00".
 */
export function formatBookingTimes(times: string, timeZone: string, locale: MailLocale): string[] {
  const format = new Intl.DateTimeFormat(LANGUAGE_TAG[locale], { dateStyle: 'full', timeStyle: 'short', timeZone });
  return (JSON.parse(times) as [string, string][]).map(([start, end]) => format.formatRange(new Date(start), new Date(end)));
}
