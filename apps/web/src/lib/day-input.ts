import { DateTime } from 'luxon';

/** The parts of a typed date in the order a locale writes them, with the separators between them. */
type DayPart = { kind: 'day' | 'month' | 'year' } | { kind: 'literal'; text: string };

function dayParts(locale: string): DayPart[] {
  return new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric' })
    .formatToParts(new Date(2026, 11, 31))
    .flatMap((part): DayPart[] => {
      if (part.type === 'day' || part.type === 'month' || part.type === 'year') return [{ kind: part.type }];
      return part.type === 'literal' ? [{ kind: 'literal', text: part.value }] : [];
    });
}

/** A luxon format for the locale's numeric date; `d`/`M` read one or two digits, `dd`/`MM` write two. */
function luxonFormat(locale: string, digits: 'write' | 'read'): string {
  const tokens = { day: digits === 'write' ? 'dd' : 'd', month: digits === 'write' ? 'MM' : 'M', year: 'yyyy' };
  return dayParts(locale)
    .map((part) => (part.kind === 'literal' ? `'${part.text.replace(/'/g, "''")}'` : tokens[part.kind]))
    .join('');
}

/** The locale's numeric date with its letters, e.g. "DD.MM.YYYY" or, with German letters, "TT.MM.JJJJ". */
export function dayPattern(locale: string, letters: { day: string; month: string; year: string }): string {
  return dayParts(locale)
    .map((part) => (part.kind === 'literal' ? part.text : letters[part.kind].repeat(part.kind === 'year' ? 4 : 2)))
    .join('');
}

/** "2026-12-31" as a person of `locale` writes it ("31.12.2026", "12/31/2026"); '' for no or no valid day. */
export function formatDayInput(day: string, locale: string): string {
  const parsed = DateTime.fromISO(day);
  return day && parsed.isValid ? parsed.toFormat(luxonFormat(locale, 'write')) : '';
}

/**
 * What a person typed, read in the order of their locale ("7.2.2026" in German is 7 February), as
 * "YYYY-MM-DD"; '' for an empty field, null for text that is not a real day. An ISO day is accepted too.
 */
export function parseDayInput(text: string, locale: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const local = DateTime.fromFormat(trimmed, luxonFormat(locale, 'read'));
  const parsed = local.isValid ? local : DateTime.fromFormat(trimmed, 'yyyy-MM-dd');
  return parsed.isValid ? parsed.toISODate() : null;
}
