import { createHash } from 'node:crypto';
import { Injectable, type ExecutionContext } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import { DomainError } from '../common/errors/domain-error.js';

export class TooManyRequestsError extends DomainError {
  constructor(retryAfterSeconds: number) {
    super(429, 'TOO_MANY_REQUESTS', `Too many requests; try again in ${retryAfterSeconds} seconds`, { retryAfterSeconds });
  }
}

/**
 * One budget per client address across every /auth/* route. The stock guard keys by route, so
 * a hundred invite previews would not slow down a single login attempt. The 429 is our error
 * shape; the exception filter turns `retryAfterSeconds` into a standard Retry-After header.
 * The throttler storage is in memory, so each API instance counts on its own.
 */
@Injectable()
export class AuthRateLimitGuard extends ThrottlerGuard {
  protected override generateKey(_context: ExecutionContext, tracker: string, throttlerName: string): string {
    return createHash('sha256').update(`auth-${throttlerName}-${tracker}`).digest('hex');
  }

  protected override throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    throw new TooManyRequestsError(Math.max(1, detail.timeToBlockExpire));
  }
}
