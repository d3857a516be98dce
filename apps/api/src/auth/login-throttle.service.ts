import { createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, Repository } from 'typeorm';
import { DomainError } from '../common/errors/domain-error.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { isUniqueViolation } from '../database/unique-violation.js';
import { LoginThrottle } from './entities/login-throttle.entity.js';
import { deriveKey } from './secrets.js';

/**
 * Growing back-off after failed sign-ins. An account gets a few free attempts, then each failure
 * locks it for twice as long as the last (capped); an address, shared by a whole office, gets many
 * more. Failures are forgotten after a quiet hour. Counters live in the database, so every API
 * instance sees the same lock.
 */
export interface ThrottlePolicy {
  freeFailures: number;
  baseLockMs: number;
  maxLockMs: number;
}

export const ACCOUNT_POLICY: ThrottlePolicy = { freeFailures: 5, baseLockMs: 30_000, maxLockMs: 15 * 60_000 };
export const ADDRESS_POLICY: ThrottlePolicy = { freeFailures: 50, baseLockMs: 10_000, maxLockMs: 15 * 60_000 };
const FORGET_AFTER_MS = 60 * 60_000;

/** How long a key is locked after its `failures`-th failure (0 while attempts are free). */
export function lockDurationMs(failures: number, policy: ThrottlePolicy): number {
  if (failures < policy.freeFailures) return 0;
  return Math.min(policy.maxLockMs, policy.baseLockMs * 2 ** (failures - policy.freeFailures));
}

export class TooManyAttemptsError extends DomainError {
  constructor(retryAfterSeconds: number) {
    super(429, 'TOO_MANY_ATTEMPTS', `Too many failed sign-in attempts. Try again in ${retryAfterSeconds} seconds.`, { retryAfterSeconds });
  }
}

export interface ThrottleKeys {
  account: string;
  address: string | null;
}

@Injectable()
export class LoginThrottleService {
  private readonly hmacKey: Buffer;

  constructor(
    @InjectRepository(LoginThrottle) private readonly throttles: Repository<LoginThrottle>,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly tx: TransactionRunner,
  ) {
    this.hmacKey = deriveKey(config.appSecret, 'throttle-keys');
  }

  /** Keyed hashes: the table never holds an e-mail address or an IP address. */
  keysFor(email: string, ip: string | undefined): ThrottleKeys {
    const h = (v: string) => createHmac('sha256', this.hmacKey).update(v).digest('base64url');
    return { account: `a:${h(email.toLowerCase())}`, address: ip ? `i:${h(ip)}` : null };
  }

  /** Throws 429 while either key is locked; the same for known and unknown e-mail addresses. */
  async assertNotLocked(keys: ThrottleKeys, now = new Date()): Promise<void> {
    const rows = await this.throttles.findBy([{ key: keys.account }, ...(keys.address ? [{ key: keys.address }] : [])]);
    const lockedUntil = Math.max(0, ...rows.map((r) => r.lockedUntil?.getTime() ?? 0));
    if (lockedUntil > now.getTime()) throw new TooManyAttemptsError(Math.ceil((lockedUntil - now.getTime()) / 1000));
  }

  /** Counts a failure on both keys; returns true when this failure locked the account. */
  async recordFailure(keys: ThrottleKeys, now = new Date()): Promise<boolean> {
    const accountLocked = await this.bump(keys.account, ACCOUNT_POLICY, now);
    if (keys.address) await this.bump(keys.address, ADDRESS_POLICY, now);
    return accountLocked;
  }

  async reset(keys: ThrottleKeys): Promise<void> {
    await this.tx.run((m) => m.delete(LoginThrottle, { key: keys.account }));
  }

  /** Drops counters nobody has failed on for an hour. */
  async purgeStale(now = new Date()): Promise<void> {
    await this.tx.run((m) => m.delete(LoginThrottle, { lastFailureAt: LessThan(new Date(now.getTime() - FORGET_AFTER_MS)) }));
  }

  private bump(key: string, policy: ThrottlePolicy, now: Date): Promise<boolean> {
    const forgetBefore = new Date(now.getTime() - FORGET_AFTER_MS);
    return this.tx.run(async (m) => {
      // Increment in one statement so concurrent failures on several instances all count.
      const increment = () =>
        m
          .createQueryBuilder()
          .update(LoginThrottle)
          .set({ failures: () => 'CASE WHEN lastFailureAt < :forgetBefore THEN 1 ELSE failures + 1 END', lastFailureAt: now })
          .where('key = :key', { key })
          .setParameters({ forgetBefore })
          .execute();
      if (!(await increment()).affected) {
        try {
          await m.insert(LoginThrottle, { key, failures: 1, lockedUntil: null, lastFailureAt: now });
        } catch (err) {
          // Another request created the row first: count on it instead.
          if (!isUniqueViolation(err)) throw err;
          await increment();
        }
      }
      const row = await m.findOneBy(LoginThrottle, { key });
      const lockMs = row ? lockDurationMs(row.failures, policy) : 0;
      if (lockMs === 0) return false;
      await m.update(LoginThrottle, { key }, { lockedUntil: new Date(now.getTime() + lockMs) });
      return true;
    });
  }
}
