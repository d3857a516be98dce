import { formattingLocale } from '../../lib/formatting-locale';

/** A publication or acceptance date in the person's locale ("7 Dec 2026", "07.12.2026"). */
export function formatNoticeDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(formattingLocale(language), { dateStyle: 'medium' }).format(new Date(iso));
}
