import { Catch, HttpException, HttpStatus, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { isDatabaseUnreachableError } from '../../database/unreachable-error.js';
import { DomainError } from './domain-error.js';
import type { ErrorCode } from './error-codes.js';
import type { ErrorDto } from './error-response.js';
import { ServiceUnavailableError } from './service-unavailable.js';

/** Status codes Nest/Express produce on their own, mapped to our codes. */
const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE',
  429: 'TOO_MANY_REQUESTS',
};

/** body-parser errors carry a `type`; they are the client's fault, never a 500. */
interface BodyParserError {
  type: string;
  status?: number;
}

function isBodyParserError(err: unknown): err is BodyParserError {
  return (
    typeof err === 'object' &&
    err !== null &&
    typeof (err as { type?: unknown }).type === 'string' &&
    typeof (err as { status?: unknown }).status === 'number'
  );
}

/** pino-http's id for this request (see logger.ts), or '' before it ran. */
export function requestIdOf(req: Request): string {
  return typeof req.id === 'string' ? req.id : '';
}

export function toErrorDto(err: unknown, requestId: string): ErrorDto {
  if (err instanceof DomainError) {
    return { statusCode: err.statusCode, code: err.code, message: err.message, details: err.details, requestId };
  }
  if (err instanceof HttpException) {
    const status = err.getStatus();
    const body = err.getResponse();
    const message = typeof body === 'string' ? body : (body as { message?: unknown }).message;
    const cause = err.cause;
    if (isBodyParserError(cause)) return fromBodyParser(cause, requestId);
    return {
      statusCode: status,
      code: CODE_BY_STATUS[status] ?? 'ERROR',
      message: typeof message === 'string' ? message : err.message,
      requestId,
    };
  }
  if (isBodyParserError(err)) return fromBodyParser(err, requestId);
  return {
    statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
    code: 'INTERNAL_ERROR',
    message: 'Something went wrong on our side. Please try again; if it persists, quote the request id.',
    requestId,
  };
}

function fromBodyParser(err: BodyParserError, requestId: string): ErrorDto {
  if (err.type === 'entity.too.large') {
    return { statusCode: 413, code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large', requestId };
  }
  if (err.type === 'entity.parse.failed') {
    return { statusCode: 400, code: 'MALFORMED_JSON', message: 'The request body is not valid JSON', requestId };
  }
  const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 400;
  return { statusCode: status, code: CODE_BY_STATUS[status] ?? 'BAD_REQUEST', message: 'The request body could not be read', requestId };
}

/** Statuses whose answer tells the client when to try again, if the error knows. */
const RETRY_AFTER_STATUSES = new Set([429, 503]);

function retryAfterSecondsOf(err: unknown): number | null {
  if (!(err instanceof DomainError)) return null;
  const seconds = (err.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  return typeof seconds === 'number' ? seconds : null;
}

@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(thrown: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request>();
    const res = ctx.getResponse<Response>();
    const requestId = requestIdOf(req);
    // Wherever the database turned out to be unreachable (a guard, a service, a job's trigger), the
    // answer is the same 503: the request was fine, and the caller's session too.
    const err = isDatabaseUnreachableError(thrown) ? new ServiceUnavailableError() : thrown;
    const dto = toErrorDto(err, requestId);
    if (err instanceof ServiceUnavailableError) {
      // An outage is an operator's emergency, not a client error: error level, with the driver's cause.
      this.logger.error({ err: thrown, reqId: requestId, code: dto.code }, `service unavailable: ${dto.message}`);
    } else if (dto.statusCode >= 500) {
      // The stack goes to the log (which never holds personal data), never to the client.
      this.logger.error({ err, reqId: requestId }, 'unhandled error');
    }
    if (res.headersSent) return;
    const retryAfter = retryAfterSecondsOf(err);
    if (RETRY_AFTER_STATUSES.has(dto.statusCode) && retryAfter !== null) res.setHeader('Retry-After', String(retryAfter));
    res.status(dto.statusCode).json(dto);
  }
}
