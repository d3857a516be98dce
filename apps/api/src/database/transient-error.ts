import { QueryFailedError } from 'typeorm';

/**
 * Errors after which the whole transaction may simply run again: a MySQL/MariaDB deadlock or lock
 * wait timeout, or SQLite finding the database locked by another process (e.g. a read transaction
 * that cannot upgrade to a write because another connection wrote first).
 */
export function isTransientTransactionError(err: unknown): boolean {
  const driverError = (err instanceof QueryFailedError ? err.driverError : err) as { code?: string; errno?: number } | undefined;
  const code = driverError?.code ?? '';
  return code === 'ER_LOCK_DEADLOCK' || code === 'ER_LOCK_WAIT_TIMEOUT' || code.startsWith('SQLITE_BUSY') || code === 'SQLITE_LOCKED';
}
