import { parse } from 'csv-parse/sync';
import { groupBy } from '../../common/collections.js';
import { MAX_BOOKING_SPAN_MS } from '../bookings.repository.js';

/**
 * Booking import, the pure part: reading CSV or JSON into rows and checking each row on its own
 * (shape, times) and against the other rows of the same file (overlaps). Looking things up in the
 * database is the service's job.
 */
export const MAX_IMPORT_ROWS = 100_000;
/** Enough to fix a file; more errors than this and the first ones tell the story. */
export const MAX_REPORTED_ERRORS = 500;

export const IMPORT_FIELDS = ['deskId', 'floorName', 'deskLabel', 'userEmail', 'startsAt', 'endsAt', 'checkedInAt'] as const;
type ImportField = (typeof IMPORT_FIELDS)[number];

export interface RowError {
  /** 1-based, in file order (the CSV header line not counted). */
  row: number;
  field: string;
  messages: string[];
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

export class ImportFormatError extends Error {}

/** ISO 8601 with a date, a time and an offset (or Z): a time without a zone would be guessed. */
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** CSV with a header line naming the fields (any order); empty cells count as absent. */
export function parseCsv(text: string): Record<string, unknown>[] {
  try {
    return parse<Record<string, unknown>>(text, { columns: true, bom: true, trim: true, skip_empty_lines: true, max_record_size: 4096 });
  } catch (err) {
    throw new ImportFormatError(`The CSV file could not be read: ${(err as Error).message}`);
  }
}

function time(value: unknown, field: ImportField, row: number, errors: RowError[], required: boolean): Date | null {
  if (value === undefined || value === null || value === '') {
    if (required) errors.push({ row, field, messages: [`${field} is required`] });
    return null;
  }
  if (typeof value !== 'string' || !ISO_WITH_ZONE.test(value) || Number.isNaN(Date.parse(value))) {
    errors.push({ row, field, messages: [`${field} must be an ISO 8601 time with an offset, e.g. 2026-03-02T08:00:00Z`] });
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
    errors.push({ row, field: 'row', messages: ['Each row must be an object'] });
    return null;
  }
  const record = raw as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!(IMPORT_FIELDS as readonly string[]).includes(key)) errors.push({ row, field: key, messages: [`Unknown field ${key}; expected ${IMPORT_FIELDS.join(', ')}`] });
  }
  const deskId = text(record.deskId);
  const floorName = text(record.floorName);
  const deskLabel = text(record.deskLabel);
  let desk: DeskRef | null = null;
  if (deskId) desk = { deskId };
  else if (floorName && deskLabel) desk = { floorName, deskLabel };
  else errors.push({ row, field: 'deskId', messages: ['Give deskId, or floorName and deskLabel'] });
  const userEmail = text(record.userEmail);
  if (record.userEmail !== undefined && record.userEmail !== '' && (userEmail === null || !EMAIL.test(userEmail))) {
    errors.push({ row, field: 'userEmail', messages: ['userEmail must be an e-mail address'] });
  }
  const startsAt = time(record.startsAt, 'startsAt', row, errors, true);
  const endsAt = time(record.endsAt, 'endsAt', row, errors, true);
  const checkedInAt = time(record.checkedInAt, 'checkedInAt', row, errors, false);
  if (startsAt && endsAt) {
    if (endsAt <= startsAt) errors.push({ row, field: 'endsAt', messages: ['endsAt must be after startsAt'] });
    else if (endsAt.getTime() - startsAt.getTime() > MAX_BOOKING_SPAN_MS) errors.push({ row, field: 'endsAt', messages: ['A booking may last at most 24 hours'] });
  }
  if (errors.length > before || !desk || !startsAt || !endsAt) return null;
  return { row, desk, userEmail: userEmail?.toLowerCase() ?? null, startsAt, endsAt, checkedInAt };
}

/** The body as rows: a JSON array (or `{ rows: [...] }`) or CSV text. */
export function rowsOfBody(body: unknown): unknown[] {
  if (typeof body === 'string') return parseCsv(body);
  if (Array.isArray(body)) return body;
  if (typeof body === 'object' && body !== null && Array.isArray((body as { rows?: unknown }).rows)) return (body as { rows: unknown[] }).rows;
  throw new ImportFormatError('Send a JSON array of rows, { "rows": [...] }, or CSV with Content-Type text/csv');
}

/**
 * Rows of the same file that overlap each other under `keyOf` (a desk, or a person): the booking
 * integrity rules hold within the file as they do against the database.
 */
export function overlapsWithinFile<T extends { row: number; startsAt: Date; endsAt: Date }>(rows: T[], keyOf: (r: T) => string | null, field: string, what: string): RowError[] {
  const groups = groupBy(rows, keyOf);
  const errors: RowError[] = [];
  for (const group of groups.values()) {
    group.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    let latest: T | null = null;
    for (const r of group) {
      if (latest && r.startsAt < latest.endsAt) errors.push({ row: r.row, field, messages: [`Overlaps row ${latest.row}: ${what}`] });
      if (!latest || r.endsAt > latest.endsAt) latest = r;
    }
  }
  return errors;
}
