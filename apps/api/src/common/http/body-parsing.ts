import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import { requestIdOf, toErrorDto } from '../errors/all-exceptions.filter.js';
import { assertJsonDepth, assertNoPrototypeKeys } from './json-limits.js';

export const JSON_BODY_LIMIT = '1mb';
/**
 * Routes that read their own body, after the guards have let the caller in (booking imports: up to
 * 40 MB, parsed as a stream). Express matches routes case-insensitively and with a trailing slash.
 */
const READS_OWN_BODY = /^\/api\/admin\/bookings\/import\/?$/i;

/**
 * Nest's built-in parser is switched off so that a malformed, oversized, too deeply nested body, or one
 * with prototype keys, is answered here in the shared error shape (400 MALFORMED_JSON, 413
 * PAYLOAD_TOO_LARGE, 400 VALIDATION_FAILED) instead of Express's HTML page or a stack overflow later.
 */
export function installJsonBodyParser(app: Express): void {
  const json = express.json({ limit: JSON_BODY_LIMIT, verify: (_req, _res, raw) => assertJsonDepth(raw) });
  const parseJson: RequestHandler = (req, res, next) => (READS_OWN_BODY.test(req.path) ? next() : json(req, res, next));
  const refusePrototypeKeys: RequestHandler = (req, _res, next) => {
    assertNoPrototypeKeys(req.body);
    next();
  };
  app.use(parseJson, refusePrototypeKeys);
  const onBodyError: ErrorRequestHandler = (err, req, res, next) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    const dto = toErrorDto(err, requestIdOf(req));
    res.status(dto.statusCode).json(dto);
  };
  app.use(onBodyError);
}
