import { DateTime } from 'luxon';

/** The longest block, in local days (a year, leap day included). */
export const MAX_BLOCK_DAYS = 366;

export interface BlockSpan {
  startsAt: Date;
  endsAt: Date;
}

/** Why a date range cannot be a block: the field and the message. */
export interface BlockDaysProblem {
  field: 'from' | 'to';
  message: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function localDay(date: string, timezone: string): DateTime | null {
  if (!DATE.test(date)) return null;
  const day = DateTime.fromISO(date, { zone: timezone });
  return day.isValid ? day.startOf('day') : null;
}

/**
 * Local days `from`…`to` (inclusive, YYYY-MM-DD) in the location's time zone as the instants
 * [start of `from`, start of the day after `to`): a block for 2026-12-24 in Berlin covers
 * 2026-12-23T23:00Z to 2026-12-24T23:00Z, and a day with a daylight-saving change keeps its
 * 23 or 25 hours. Refused: an unreadable date, `to` before `from`, more than MAX_BLOCK_DAYS days, and
 * a range that is over by `now` (a block must still cover something).
 */
export function blockSpan(from: string, to: string, timezone: string, now: Date): BlockSpan | BlockDaysProblem {
  const first = localDay(from, timezone);
  if (!first) return { field: 'from', message: 'from must be a date (YYYY-MM-DD)' };
  const last = localDay(to, timezone);
  if (!last) return { field: 'to', message: 'to must be a date (YYYY-MM-DD)' };
  if (last < first) return { field: 'to', message: 'to must not be before from' };
  if (last.diff(first, 'days').days + 1 > MAX_BLOCK_DAYS)
    return { field: 'to', message: `a block may span at most ${MAX_BLOCK_DAYS} days` };
  const endsAt = last.plus({ days: 1 }).startOf('day').toJSDate();
  if (endsAt <= now) return { field: 'to', message: 'the dates are in the past' };
  return { startsAt: first.toJSDate(), endsAt };
}

/** The local days an instant range covers, as the block was asked for: [startsAt, endsAt) → first and last day. */
export function blockDays(span: BlockSpan, timezone: string): { from: string; to: string } {
  const first = DateTime.fromJSDate(span.startsAt, { zone: timezone });
  const last = DateTime.fromJSDate(span.endsAt, { zone: timezone }).minus({ milliseconds: 1 });
  return { from: first.toISODate()!, to: last.toISODate()! };
}

/** Whether [startsAt, endsAt) of a booking overlaps the block. */
export function overlaps(a: BlockSpan, b: BlockSpan): boolean {
  return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}
