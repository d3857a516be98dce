import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { Dialect } from './dialect.js';
import { TransactionRunner } from './transaction-runner.js';
import { WriteGeneration } from './write-generation.js';

function deadlock(): QueryFailedError {
  return new QueryFailedError('SELECT … FOR UPDATE', [], Object.assign(new Error('Deadlock found'), { code: 'ER_LOCK_DEADLOCK' }));
}

function runnerOn(transaction: (work: (m: EntityManager) => Promise<unknown>) => Promise<unknown>): TransactionRunner {
  const dataSource = { options: { type: 'mysql' }, transaction } as unknown as DataSource;
  return new TransactionRunner(dataSource, new WriteGeneration(), new Dialect(dataSource));
}

describe('TransactionRunner', () => {
  it('outlasts a lock conflict of a second (a long import in another tenant sharing index gaps)', async () => {
    const start = Date.now();
    let attempts = 0;
    const runner = runnerOn(async (work) => {
      attempts++;
      if (Date.now() - start < 1_000) throw deadlock();
      return work({} as EntityManager);
    });

    await expect(runner.run(() => Promise.resolve('booked'))).resolves.toBe('booked');
    expect(attempts).toBeGreaterThan(1);
  });

  it('gives up on a conflict that does not end, and does not retry other errors', async () => {
    const runner = runnerOn(() => Promise.reject(deadlock()));
    await expect(runner.run(() => Promise.resolve('never'))).rejects.toThrow('Deadlock found');

    let attempts = 0;
    const failing = runnerOn(() => {
      attempts++;
      return Promise.reject(new Error('constraint'));
    });
    await expect(failing.run(() => Promise.resolve('never'))).rejects.toThrow('constraint');
    expect(attempts).toBe(1);
  });
});
