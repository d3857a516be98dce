import { DateTime } from 'luxon';

/**
 * "Thu, Dec 24" for one day, "Dec 24 – 26" for several (the locale's own range format, with the year
 * when the range is not in `thisYear`). `from` and `to` are the location's days, "YYYY-MM-DD", inclusive.
 */
export function blockRangeLabel(from: string, to: string, locale: string, thisYear = DateTime.now().year): string {
  const first = DateTime.fromISO(from, { zone: 'UTC' });
  const last = DateTime.fromISO(to, { zone: 'UTC' });
  if (!first.isValid || !last.isValid) return `${from} – ${to}`;
  const withYear = first.year !== thisYear || last.year !== thisYear;
  const format = new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    weekday: from === to ? 'short' : undefined,
    month: 'short',
    day: 'numeric',
    year: withYear ? 'numeric' : undefined,
  });
  return from === to ? format.format(first.toJSDate()) : format.formatRange(first.toJSDate(), last.toJSDate());
}

/** What a block covers: "Whole floor" (null) or the labels of its desks, in label order ('?' for a desk gone since). */
export function blockedDeskLabels(deskIds: readonly string[] | null, desks: readonly { id: string; label: string }[]): string[] | null {
  if (deskIds === null) return null;
  const labels = new Map(desks.map((desk) => [desk.id, desk.label]));
  return deskIds.map((id) => labels.get(id) ?? '?').sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
}

export interface BlockForm {
  wholeFloor: boolean;
  deskIds: string[];
  from: string;
  to: string;
  reason: string;
}

export type BlockFormProblem = 'desks' | 'from' | 'to' | 'order' | 'reason';

/** The first thing that keeps the form from being sent, or null; the API checks the rest (past, length). */
export function blockFormProblem(form: BlockForm): BlockFormProblem | null {
  if (!form.wholeFloor && form.deskIds.length === 0) return 'desks';
  if (!form.from) return 'from';
  if (!form.to) return 'to';
  if (form.to < form.from) return 'order';
  if (!form.reason.trim()) return 'reason';
  return null;
}

/** The request body of a form without problems. */
export function blockBody(form: BlockForm): { from: string; to: string; reason: string; deskIds?: string[] } {
  const body = { from: form.from, to: form.to, reason: form.reason.trim() };
  return form.wholeFloor ? body : { ...body, deskIds: [...new Set(form.deskIds)] };
}

/** A booking inside a block, as the 409 BLOCK_HAS_BOOKINGS lists it (where and when, never who). */
export interface BookingInBlock {
  id: string;
  deskId: string;
  deskLabel: string;
  startsAt: string;
  endsAt: string;
}

/** The bookings of a 409 BLOCK_HAS_BOOKINGS answer's details; [] when the details are not that shape. */
export function bookingsInBlock(details: unknown): BookingInBlock[] {
  const bookings = (details as { bookings?: unknown } | null | undefined)?.bookings;
  if (!Array.isArray(bookings)) return [];
  return bookings.filter(
    (b): b is BookingInBlock =>
      typeof b === 'object' &&
      b !== null &&
      typeof (b as BookingInBlock).id === 'string' &&
      typeof (b as BookingInBlock).deskLabel === 'string' &&
      typeof (b as BookingInBlock).startsAt === 'string' &&
      typeof (b as BookingInBlock).endsAt === 'string',
  );
}
