import { isApiError, type ErrorCode } from '@deskbook/api-client';

/** Codes the client invents for failures that never reached the API's error filter. */
export const NETWORK_ERROR = 'NETWORK_ERROR';
export const UNKNOWN_ERROR = 'UNKNOWN_ERROR';

/**
 * An API failure with the shared error shape: code for the program, message for people. `code` stays a
 * string: a newer API may send a code this version does not know (it falls back by status).
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly requestId?: string,
  ) {
    super(message);
  }

  static fromBody(status: number, body: unknown): ApiError {
    if (isApiError(body)) {
      return new ApiError(status, body.code, body.message, body.details, body.requestId);
    }
    return new ApiError(status, UNKNOWN_ERROR, `HTTP ${String(status)}`);
  }
}

/** Whether `error` is an API error with one of these codes (the generated `ErrorCode` enum, so a typo fails the build). */
export function hasErrorCode(error: unknown, ...codes: ErrorCode[]): error is ApiError & { code: ErrorCode } {
  return error instanceof ApiError && (codes as readonly string[]).includes(error.code);
}
