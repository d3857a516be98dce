import { DomainError } from './domain-error.js';

/** A dependency (database, job queue) is unreachable: the request may succeed when retried later. */
export class ServiceUnavailableError extends DomainError {
  constructor(message: string, retryAfterSeconds = 30) {
    super(503, 'SERVICE_UNAVAILABLE', message, { retryAfterSeconds });
  }
}
