import { DomainError } from './domain-error.js';

/** Seconds a client should wait before trying again: long enough for a restart, short for people. */
const RETRY_AFTER_SECONDS = 5;

/**
 * A dependency (the database) cannot be reached. 503 with `Retry-After`, never 401: the caller's
 * session is still valid, it just cannot be checked right now.
 */
export class ServiceUnavailableError extends DomainError {
  constructor(message = "Deskbook can't reach its database. Try again in a moment.", retryAfterSeconds = RETRY_AFTER_SECONDS) {
    super(503, 'SERVICE_UNAVAILABLE', message, { retryAfterSeconds });
  }
}
