import { groupBy } from '../../common/collections.js';
import { isIsoTimeWithOffset } from '../../common/validation/iso-time.js';
import { ValidationFailedError } from '../../common/errors/domain-error.js';
import { MAX_BOOKING_SPAN_MS } from '../bookings.repository.js';
import { importProblem, type ImportProblem, type ImportProblemCode, type ProblemParams } from './import-problems.js';

/**
 * Booking import, the pure part: taking rows out of a parsed file and checking each row on its own
 * (shape, times) and against the other rows of the same file (overlaps). Looking things up in the
 * database is the service's job.
 */
export const MAX_IMPORT_ROWS = 100_000;
/** Enough to fix a file; more errors than this and the first ones tell the story. */
export const MAX_REPORTED_ERRORS = 500;

export const IMPORT_FIELDS = ['deskId', 'floorName', 'deskLabel', 'userEmail', 'startsAt', 'endsAt', 'checkedInAt'] as const;
type ImportField = (typeof IMPORT_FIELDS)[number];

export interface RowError extends ImportProblem {
  /** 1-based, in file order (the CSV header line not counted). */
  row: number;
}

/** A problem in the given row of the file. */
export function rowError<C extends ImportProblemCode>(row: number, field: string, code: C, ...params: ProblemParams<C>): RowError {
  return { row, ...importProblem(field, code, ...params) };
}

export type DeskRef = { deskId: string } | { floorName: string; deskLabel: string };

export interface ImportRow {
  row: number;
  desk: DeskRef;
  userEmail: string | null;
  startsAt: Date;
  endsAt: Date;
  checkedInAt: Date | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The body is not an importable file: one problem, of the file as a whole. */
export function refuseFile(problem: ImportProblem): never {
  throw new ValidationFailedError([problem], problem.messages[0]);
}

function time(value: unknown, field: ImportField, row: number, errors: RowError[], required: boolean): Date | null {
  if (value === undefined || value === null || value === '') {
    if (required) errors.push(rowError(row, field, 'REQUIRED', { field }));
    return null;
  }
  if (!isIsoTimeWithOffset(value)) {
    errors.push(rowError(row, field, 'INVALID_TIME', { field }));
    return null;
  }
  return new Date(value);
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** Checks one row on its own; returns it, or null with the reasons added to `errors`. */
export function validateRow(raw: unknown, row: number, errors: RowError[]): ImportRow | null {
  const before = errors.length;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    errors.push(rowError(row, 'row', 'NOT_AN_OBJECT'));
    return null;
  }
  const record = raw as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!(IMPORT_FIELDS as readonly string[]).includes(key))
      errors.push(rowError(row, key, 'UNKNOWN_FIELD', { field: key, expected: IMPORT_FIELDS.join(', ') }));
  }
  const deskId = text(record.deskId);
  const floorName = text(record.floorName);
  const deskLabel = text(record.deskLabel);
  let desk: DeskRef | null = null;
  if (deskId) desk = { deskId };
  else if (floorName && deskLabel) desk = { floorName, deskLabel };
  else errors.push(rowError(row, 'deskId', 'DESK_MISSING'));
  const userEmail = text(record.userEmail);
  if (record.userEmail !== undefined && record.userEmail !== '' && (userEmail === null || !EMAIL.test(userEmail))) {
    errors.push(rowError(row, 'userEmail', 'INVALID_EMAIL'));
  }
  const startsAt = time(record.startsAt, 'startsAt', row, errors, true);
  const endsAt = time(record.endsAt, 'endsAt', row, errors, true);
  const checkedInAt = time(record.checkedInAt, 'checkedInAt', row, errors, false);
  if (startsAt && endsAt) {
    if (endsAt <= startsAt) errors.push(rowError(row, 'endsAt', 'ENDS_BEFORE_START'));
    else if (endsAt.getTime() - startsAt.getTime() > MAX_BOOKING_SPAN_MS)
      errors.push(rowError(row, 'endsAt', 'TOO_LONG', { hours: MAX_BOOKING_SPAN_MS / 3_600_000 }));
  }
  if (errors.length > before || !desk || !startsAt || !endsAt) return null;
  return { row, desk, userEmail: userEmail?.toLowerCase() ?? null, startsAt, endsAt, checkedInAt };
}

/** The parsed file as rows: an array (JSON, or CSV records) or `{ rows: [...] }`. */
export function rowsOfBody(body: unknown): unknown[] {
  if (Array.isArray(body)) return body;
  if (typeof body === 'object' && body !== null && Array.isArray((body as { rows?: unknown }).rows))
    return (body as { rows: unknown[] }).rows;
  refuseFile(importProblem('rows', 'NOT_ROWS'));
}

/**
 * Rows of the same file that overlap each other under `keyOf` (a desk, or a person): the booking
 * integrity rules hold within the file as they do against the database.
 */
/**
 * Overlaps among the file's rows of each desk (or person): one group at a time, with `pause` between
 * groups so a large file does not hold the event loop.
 */
export async function overlapsWithinFile<T extends { row: number; startsAt: Date; endsAt: Date }>(
  rows: T[],
  keyOf: (r: T) => string | null,
  field: string,
  code: 'DESK_TWICE_IN_FILE' | 'PERSON_TWICE_IN_FILE',
  pause: () => Promise<void> = () => Promise.resolve(),
): Promise<RowError[]> {
  const errors: RowError[] = [];
  // Grouping every row is one step that cannot give way: start it on a fresh turn.
  await pause();
  for (const group of groupBy(rows, keyOf).values()) {
    errors.push(...overlapsWithinGroup(group, field, code));
    await pause();
  }
  return errors;
}

/** Overlaps among rows of one desk (or person); sorts `group` in place by start. */
function overlapsWithinGroup<T extends { row: number; startsAt: Date; endsAt: Date }>(
  group: T[],
  field: string,
  code: 'DESK_TWICE_IN_FILE' | 'PERSON_TWICE_IN_FILE',
): RowError[] {
  const errors: RowError[] = [];
  group.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  let latest: T | null = null;
  for (const r of group) {
    if (latest && r.startsAt < latest.endsAt) errors.push(rowError(r.row, field, code, { otherRow: latest.row }));
    if (!latest || r.endsAt > latest.endsAt) latest = r;
  }
  return errors;
}
