import { DomainError } from './domain-error.js';

/**
 * Seconds a client should wait before trying again after a database outage (this error's and the health
 * checks' 503): long enough for a restart, short for people.
 */
export const RETRY_AFTER_SECONDS = 5;

/** Which dependency is down: the web app says "can't reach its database" only when it is the database. */
export type UnavailableDependency = 'database' | 'queue';

const MESSAGES: Record<UnavailableDependency, string> = {
  database: "Deskbook can't reach its database. Try again in a moment.",
  queue: 'The job queue is unreachable right now; try again shortly.',
};

/**
 * A dependency (the database, the job queue) cannot be reached. 503 with `Retry-After`, never 401:
 * the request and the caller's session are fine, and the same request may succeed when retried.
 */
export class ServiceUnavailableError extends DomainError {
  constructor(dependency: UnavailableDependency = 'database', retryAfterSeconds = RETRY_AFTER_SECONDS) {
    super(503, 'SERVICE_UNAVAILABLE', MESSAGES[dependency], { dependency, retryAfterSeconds });
  }
}
