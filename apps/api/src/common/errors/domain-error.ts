import type { ErrorCode } from './error-codes.js';

/**
 * Errors are values with codes: services throw these, one filter turns them into the shared
 * `{ statusCode, code, message, details }` shape. Clients switch on `code`; people read `message`.
 */
export class DomainError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export class NotFoundError extends DomainError {
  constructor(what = 'Resource') {
    super(404, 'NOT_FOUND', `${what} not found`);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Sign in to continue') {
    super(401, 'UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'Your role does not allow this action') {
    super(403, 'FORBIDDEN', message);
  }
}

export class ValidationFailedError extends DomainError {
  constructor(details: FieldError[], message = 'Some fields are invalid') {
    super(400, 'VALIDATION_FAILED', message, details);
  }
}

export interface FieldError {
  field: string;
  messages: string[];
}
