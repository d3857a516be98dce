import express, { type ErrorRequestHandler, type Express } from 'express';
import { requestIdOf, toErrorDto } from '../errors/all-exceptions.filter.js';

export const JSON_BODY_LIMIT = '1mb';
/** Booking imports: up to 100,000 rows of JSON or CSV. */
export const IMPORT_PATH = '/api/admin/bookings/import';
export const IMPORT_BODY_LIMIT = '40mb';

/**
 * Nest's built-in parser is switched off so that a malformed or oversized body is answered here
 * in the shared error shape (400 MALFORMED_JSON, 413 PAYLOAD_TOO_LARGE) instead of Express's HTML page.
 */
export function installJsonBodyParser(app: Express): void {
  // The import route parses its own (bigger) body first; the general parser then skips it.
  app.use(
    IMPORT_PATH,
    express.json({ limit: IMPORT_BODY_LIMIT }),
    express.text({ type: ['text/csv', 'text/plain'], limit: IMPORT_BODY_LIMIT }),
  );
  app.use(express.json({ limit: JSON_BODY_LIMIT }));
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
