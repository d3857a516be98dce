import { ApiError, hasErrorCode } from './api-error';

export interface FieldViolation {
  field: string;
  messages: string[];
  /** The 1-based row of an imported file the problem is in (POST /admin/bookings/import). */
  row?: number;
  /** An import problem's code and the values its message names, for wording it in the reader's language. */
  code?: string;
  params?: Record<string, string | number>;
}

function isParams(value: unknown): value is Record<string, string | number> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => typeof v === 'string' || typeof v === 'number')
  );
}

function isFieldViolation(value: unknown): value is FieldViolation {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { field?: unknown; messages?: unknown; row?: unknown; code?: unknown; params?: unknown };
  return (
    typeof candidate.field === 'string' &&
    (candidate.row === undefined || typeof candidate.row === 'number') &&
    (candidate.code === undefined || typeof candidate.code === 'string') &&
    (candidate.params === undefined || isParams(candidate.params)) &&
    Array.isArray(candidate.messages) &&
    candidate.messages.every((message) => typeof message === 'string')
  );
}

/** The per-field violations of a 400 VALIDATION_FAILED answer; empty for any other error. */
export function fieldViolations(error: unknown): FieldViolation[] {
  if (!hasErrorCode(error, 'VALIDATION_FAILED')) return [];
  return Array.isArray(error.details) ? error.details.filter(isFieldViolation) : [];
}

export interface WeakPasswordDetails {
  warning: string | null;
  suggestions: string[];
  score: number;
}

/** The server's zxcvbn hints of a 400 WEAK_PASSWORD answer, when it sent well-formed ones. */
export function weakPasswordDetails(error: unknown): WeakPasswordDetails | null {
  if (!hasErrorCode(error, 'WEAK_PASSWORD')) return null;
  const details = error.details as Partial<WeakPasswordDetails> | null | undefined;
  if (typeof details !== 'object' || details === null) return null;
  return {
    warning: typeof details.warning === 'string' ? details.warning : null,
    suggestions: Array.isArray(details.suggestions) ? details.suggestions.filter((s): s is string => typeof s === 'string') : [],
    score: typeof details.score === 'number' ? details.score : 0,
  };
}

/** Seconds until a 429 answer's limit lifts (`details.retryAfterSeconds`), when the API sent them. */
export function retryAfterSeconds(error: unknown): number | null {
  if (!(error instanceof ApiError) || error.status !== 429) return null;
  const details = error.details as { retryAfterSeconds?: unknown } | null | undefined;
  const seconds = typeof details === 'object' && details !== null ? details.retryAfterSeconds : undefined;
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0 ? seconds : null;
}
