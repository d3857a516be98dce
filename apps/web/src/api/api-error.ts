import { isApiError } from '@deskbook/api-client';

/** Codes the client invents for failures that never reached the API's error filter. */
export const NETWORK_ERROR = 'NETWORK_ERROR';
export const UNKNOWN_ERROR = 'UNKNOWN_ERROR';

/** An API failure with the shared error shape: code for the program, message for people. */
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

export function hasErrorCode(error: unknown, ...codes: string[]): error is ApiError {
  return error instanceof ApiError && codes.includes(error.code);
}
