import { describe, expect, it } from 'vitest';
import { MAX_MAIL_ATTEMPTS, retryDelayMs } from './mail-delivery.service.js';

describe('mail retries', () => {
  it('back off exponentially from a minute and give up after about half an hour of failures', () => {
    const delays = Array.from({ length: MAX_MAIL_ATTEMPTS - 1 }, (_, i) => retryDelayMs(i + 1) / 60_000);
    expect(delays).toEqual([1, 2, 4, 8, 16]);
  });
});
