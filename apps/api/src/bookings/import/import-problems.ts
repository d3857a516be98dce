/**
 * What can be wrong with an imported file, as codes with their values. The API sends each problem's
 * code and values next to its English message, so a client can say it in the reader's language
 * (the web app's German texts are keyed by these codes); the message here is the English default.
 */
const ENGLISH = {
  // The file as a whole.
  FILE_UNREADABLE: (p: { reason: string }) => `The CSV file could not be read: ${p.reason}`,
  NOT_ROWS: () => 'Send a JSON array of rows, { "rows": [...] }, or CSV with Content-Type text/csv',
  NO_ROWS: () => 'The file has no rows',
  TOO_MANY_ROWS: (p: { max: number }) => `At most ${p.max.toLocaleString('en')} rows a request; split the file`,
  // One row on its own.
  NOT_AN_OBJECT: () => 'Each row must be an object',
  UNKNOWN_FIELD: (p: { field: string; expected: string }) => `Unknown field ${p.field}; expected ${p.expected}`,
  DESK_MISSING: () => 'Give deskId, or floorName and deskLabel',
  INVALID_EMAIL: () => 'userEmail must be an e-mail address',
  REQUIRED: (p: { field: string }) => `${p.field} is required`,
  INVALID_TIME: (p: { field: string }) => `${p.field} must be an ISO 8601 time with an offset, e.g. 2026-03-02T08:00:00Z`,
  ENDS_BEFORE_START: () => 'endsAt must be after startsAt',
  TOO_LONG: (p: { hours: number }) => `A booking may last at most ${p.hours} hours`,
  // The row against the tenant's desks and people.
  NO_DESK_WITH_ID: () => 'No desk with this id',
  NO_FLOOR: (p: { floorName: string }) => `No floor named "${p.floorName}"`,
  SEVERAL_FLOORS: (p: { floorName: string }) => `Several floors are named "${p.floorName}"; use deskId`,
  NO_DESK_ON_FLOOR: (p: { floorName: string; deskLabel: string }) => `No desk "${p.deskLabel}" on floor "${p.floorName}"`,
  NO_PERSON: () => 'No person with this e-mail address in your company',
  // The row against other rows and existing bookings.
  DESK_TWICE_IN_FILE: (p: { otherRow: number }) => `Overlaps row ${p.otherRow}: the desk is booked twice`,
  PERSON_TWICE_IN_FILE: (p: { otherRow: number }) => `Overlaps row ${p.otherRow}: the person has two bookings at once`,
  DESK_TAKEN: () => 'The desk is already booked at this time',
  PERSON_BUSY: () => 'The person already has a booking at this time',
} satisfies Record<string, (params: never) => string>;

export type ImportProblemCode = keyof typeof ENGLISH;
export const IMPORT_PROBLEM_CODES = Object.keys(ENGLISH) as ImportProblemCode[];
/** The values a code's message needs: none, or one object. */
export type ProblemParams<C extends ImportProblemCode> = Parameters<(typeof ENGLISH)[C]>;

/** One problem as the API lists it in `details`: `field` is the file's column, or `rows` for the whole file. */
export interface ImportProblem {
  field: string;
  code: ImportProblemCode;
  params: Record<string, string | number>;
  messages: string[];
}

export function importProblem<C extends ImportProblemCode>(field: string, code: C, ...params: ProblemParams<C>): ImportProblem {
  const values: Record<string, string | number> = params[0] ?? {};
  const english = ENGLISH[code] as (p: Record<string, string | number>) => string;
  return { field, code, params: values, messages: [english(values)] };
}
