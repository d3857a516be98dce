import { QueryFailedError } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { isDatabaseUnreachableError } from './unreachable-error.js';

const driverError = (code: string, fatal = false) => Object.assign(new Error(code), { code, fatal });
const failed = (err: Error) => new QueryFailedError('SELECT 1', [], err);

describe('isDatabaseUnreachableError', () => {
  it.each(['ECONNREFUSED', 'ETIMEDOUT', 'PROTOCOL_CONNECTION_LOST', 'ER_CON_COUNT_ERROR', 'ER_SERVER_SHUTDOWN'])(
    'counts %s as the database being unreachable, bare or wrapped by TypeORM',
    (code) => {
      expect(isDatabaseUnreachableError(driverError(code))).toBe(true);
      expect(isDatabaseUnreachableError(failed(driverError(code)))).toBe(true);
    },
  );

  it('counts any error that ended the connection (mysql2 marks it fatal)', () => {
    expect(isDatabaseUnreachableError(failed(driverError('PROTOCOL_ERROR', true)))).toBe(true);
  });

  it('counts the pool being closed', () => {
    expect(isDatabaseUnreachableError(new Error('Pool is closed.'))).toBe(true);
  });

  it('finds the driver error behind a cause', () => {
    expect(isDatabaseUnreachableError(new Error('query failed', { cause: driverError('ECONNRESET') }))).toBe(true);
  });

  it.each(['ER_DUP_ENTRY', 'ER_LOCK_DEADLOCK', 'ER_PARSE_ERROR', 'SQLITE_BUSY', 'SQLITE_CONSTRAINT_UNIQUE'])(
    'does not count a refused query (%s)',
    (code) => {
      expect(isDatabaseUnreachableError(failed(driverError(code)))).toBe(false);
    },
  );

  it('does not count errors that are not the database', () => {
    expect(isDatabaseUnreachableError(new Error('boom'))).toBe(false);
    expect(isDatabaseUnreachableError(undefined)).toBe(false);
    expect(isDatabaseUnreachableError('ECONNREFUSED')).toBe(false);
  });
});
