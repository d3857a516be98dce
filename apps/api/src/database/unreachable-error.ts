import { QueryFailedError } from 'typeorm';

/**
 * Codes of a database that cannot be reached (down, restarting, out of connections, network gone),
 * as opposed to a query it refused. mysql2 uses Node's socket codes for the network.
 */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_SHUTDOWN',
  'ER_CONNECTION_KILLED',
]);

interface DriverErrorShape {
  code?: unknown;
  fatal?: unknown;
  message?: unknown;
  cause?: unknown;
  driverError?: unknown;
}

function isUnreachable(err: DriverErrorShape): boolean {
  // mysql2 marks every error that ended the connection as fatal (the socket or handshake failed);
  // a refused query (syntax, constraint, lock timeout) is not fatal.
  if (err.fatal === true) return true;
  if (typeof err.code === 'string' && UNREACHABLE_CODES.has(err.code)) return true;
  // mysql2's pool after it was ended, e.g. while the app shuts down: no code of its own.
  return err.message === 'Pool is closed.';
}

/**
 * Whether `err` (as TypeORM or the driver threw it) says the database could not be reached: the one
 * place that knows, so every caller answers 503 rather than 401 or 500. SQLite is a local file, so a
 * busy SQLite database is a lock (see transient-error.ts), never an outage.
 */
export function isDatabaseUnreachableError(err: unknown): boolean {
  let current: unknown = err;
  // TypeORM wraps the driver's error (driverError); some paths chain it as `cause`.
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth++) {
    const shape = current as DriverErrorShape;
    if (isUnreachable(shape)) return true;
    current = current instanceof QueryFailedError ? shape.driverError : (shape.driverError ?? shape.cause);
  }
  return false;
}
