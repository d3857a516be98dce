import { DomainError } from './domain-error.js';

/** Seconds a client should wait before trying again: long enough for a restart, short for people. */
const RETRY_AFTER_SECONDS = 5;

/**
 * A dependency (the database, the job queue) cannot be reached. 503 with `Retry-After`, never 401:
 * the request and the caller's session are fine, and the same request may succeed when retried.
 */
export class ServiceUnavailableError extends DomainError {
  constructor(message = "Deskbook can't reach its database. Try again in a moment.", retryAfterSeconds = RETRY_AFTER_SECONDS) {
    super(503, 'SERVICE_UNAVAILABLE', message, { retryAfterSeconds });
  }
}
