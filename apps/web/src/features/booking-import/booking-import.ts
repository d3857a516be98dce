import { API_LIMITS, importProblemCodeValues, type ImportProblemCode } from '@deskbook/api-client';
import type { FieldViolation } from '../../api/validation-details';

/** The API's body limit for an import; bigger files are refused here without sending them. */
export const MAX_IMPORT_BYTES = API_LIMITS.maxImportBytes;
/** How many of a refused file's problems the card lists; the rest are counted. */
export const SHOWN_PROBLEMS = 50;
/** The API names at most this many of a file's problems (the true total is only in its English message). */
export const API_LISTED_PROBLEMS = 500;
export const TEMPLATE_FILE_NAME = 'deskbook-booking-import-template.csv';

export type ImportContentType = 'text/csv' | 'application/json';
export type ImportFileProblem = 'wrong-type' | 'too-large';

const CONTENT_TYPE_BY_EXTENSION: Record<string, ImportContentType> = { csv: 'text/csv', json: 'application/json' };

/**
 * How the API is to read the file: by its extension, else by the type the browser reports (which
 * varies by system: Windows calls CSV files application/vnd.ms-excel). Null for anything else.
 */
export function importContentType(file: Pick<File, 'name' | 'type'>): ImportContentType | null {
  const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase();
  if (extension && extension in CONTENT_TYPE_BY_EXTENSION) return CONTENT_TYPE_BY_EXTENSION[extension];
  const mediaType = file.type.split(';')[0].trim().toLowerCase();
  return Object.values(CONTENT_TYPE_BY_EXTENSION).find((type) => type === mediaType) ?? null;
}

/** Why a chosen file cannot be imported, checked before anything is sent; null when it can. */
export function importFileProblem(file: Pick<File, 'name' | 'type' | 'size'>): ImportFileProblem | null {
  if (importContentType(file) === null) return 'wrong-type';
  if (file.size > MAX_IMPORT_BYTES) return 'too-large';
  return null;
}

/** A header line and one example row: a desk by floor and label, a person, times with an offset. */
export function templateCsv(): string {
  return [
    'floorName,deskLabel,userEmail,startsAt,endsAt,checkedInAt',
    'Ground floor,D1,anna.schmidt@example.com,2025-03-03T08:00:00+01:00,2025-03-03T17:00:00+01:00,2025-03-03T08:05:00+01:00',
    '',
  ].join('\r\n');
}

export type { ImportProblemCode };

/**
 * Every code the API gives an import problem (the generated `ImportProblemCode` enum), each worded under
 * `bookingImport.problem.<code>`: a code the API adds fails the locale test until it is worded.
 */
export const IMPORT_PROBLEM_CODES: readonly ImportProblemCode[] = importProblemCodeValues;

/** A problem as the card words it: by its code in the reader's language, else the API's English message. */
export interface ProblemWording {
  code: ImportProblemCode | null;
  params: Record<string, string | number>;
  message: string;
}

export interface RowProblem extends ProblemWording {
  row: number;
  /** The column as the file names it (`startsAt`), without the API's `rows[3].` prefix. */
  column: string;
}

export interface ImportProblems {
  /** Problems of single rows, in the API's order (by row). */
  rowProblemCount: number;
  /** False when the API listed as many problems as it ever lists: the file may have more. */
  countComplete: boolean;
  shown: RowProblem[];
  /** Row problems beyond the shown ones. */
  more: number;
  /** Problems of the file as a whole (no rows, unreadable CSV). */
  fileProblems: ProblemWording[];
}

function wording(violation: FieldViolation): ProblemWording {
  const known = violation.code !== undefined && (IMPORT_PROBLEM_CODES as readonly string[]).includes(violation.code);
  return {
    code: known ? (violation.code as ImportProblemCode) : null,
    params: violation.params ?? {},
    message: violation.messages.join(' '),
  };
}

/** A refused import's problems as the card lists them: the first `limit` row problems, and a count of the rest. */
export function importProblems(violations: FieldViolation[], limit = SHOWN_PROBLEMS): ImportProblems {
  const rowProblems = violations.flatMap((violation) =>
    violation.row === undefined
      ? []
      : [{ row: violation.row, column: violation.field.replace(/^rows\[\d+\]\./, ''), ...wording(violation) }],
  );
  return {
    rowProblemCount: rowProblems.length,
    countComplete: violations.length < API_LISTED_PROBLEMS,
    shown: rowProblems.slice(0, limit),
    more: Math.max(0, rowProblems.length - limit),
    fileProblems: violations.filter((violation) => violation.row === undefined).map(wording),
  };
}
