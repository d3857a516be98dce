/** A filter range as the date inputs hold it: local calendar days, "YYYY-MM-DD", both inclusive. */
export interface DayRange {
  from: string;
  to: string;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

export function toDayString(date: Date): string {
  return `${String(date.getFullYear())}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function parseDay(day: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The last `days` days up to and including today. */
export function lastDays(days: number, today: Date = new Date()): DayRange {
  const from = new Date(today.getFullYear(), today.getMonth(), today.getDate() - (days - 1));
  return { from: toDayString(from), to: toDayString(today) };
}

export function isValidRange(range: DayRange): boolean {
  const from = parseDay(range.from);
  const to = parseDay(range.to);
  return from !== null && to !== null && from.getTime() <= to.getTime();
}

/**
 * The API's `from`/`to` as instants: from the first moment of the first day to the last moment of the
 * last day, in the browser's time zone. An empty or unreadable bound is left open.
 */
export function toInstantRange(range: DayRange): { from?: string; to?: string } {
  const from = parseDay(range.from);
  const to = parseDay(range.to);
  const endOfTo = to && new Date(to.getFullYear(), to.getMonth(), to.getDate(), 23, 59, 59, 999);
  return {
    ...(from ? { from: from.toISOString() } : {}),
    ...(endOfTo ? { to: endOfTo.toISOString() } : {}),
  };
}
