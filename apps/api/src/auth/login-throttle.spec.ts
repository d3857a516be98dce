import { describe, expect, it } from 'vitest';
import { ACCOUNT_POLICY, ADDRESS_POLICY, lockDurationMs } from './login-throttle.service.js';

describe('lockDurationMs', () => {
  it('gives an account 4 free failures, then locks for 30 s, 60 s, 120 s … up to 15 minutes', () => {
    expect([1, 2, 3, 4].map((n) => lockDurationMs(n, ACCOUNT_POLICY))).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7].map((n) => lockDurationMs(n, ACCOUNT_POLICY))).toEqual([30_000, 60_000, 120_000]);
    expect(lockDurationMs(30, ACCOUNT_POLICY)).toBe(15 * 60_000);
  });

  it('is far more generous per address, where a whole office may share one IP', () => {
    expect(lockDurationMs(49, ADDRESS_POLICY)).toBe(0);
    expect(lockDurationMs(50, ADDRESS_POLICY)).toBe(10_000);
  });
});
