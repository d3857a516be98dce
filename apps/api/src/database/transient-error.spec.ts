import { QueryFailedError } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { isTransientTransactionError } from './transient-error.js';

const failed = (code: string) => new QueryFailedError('UPDATE x', [], Object.assign(new Error(code), { code }));

describe('isTransientTransactionError', () => {
  it.each(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT', 'SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT'])('retries %s', (code) => {
    expect(isTransientTransactionError(failed(code))).toBe(true);
  });
  it.each(['ER_DUP_ENTRY', 'SQLITE_CONSTRAINT_UNIQUE'])('does not retry %s', (code) => {
    expect(isTransientTransactionError(failed(code))).toBe(false);
  });
  it('does not retry domain errors', () => {
    expect(isTransientTransactionError(new Error('LAST_ADMIN'))).toBe(false);
  });
});
