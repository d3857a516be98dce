import { describe, expect, it } from 'vitest';
import { REFRESH_GIVE_UP_MS, REFRESH_POLL_MS, waitForRefresh } from './refresh-status';

/** A status that answers `answers` in turn (the last one from then on), on a clock the test moves. */
function fakeStatus(answers: (string | null)[]) {
  let clock = 0;
  let asked = 0;
  return {
    readRefreshedAt: () => Promise.resolve(answers[Math.min(asked++, answers.length - 1)]),
    sleep: (ms: number) => {
      clock += ms;
      return Promise.resolve();
    },
    now: () => clock,
    asked: () => asked,
  };
}

describe('waiting for "Refresh now"', () => {
  it('polls until the time of the figures moves past the one on screen', async () => {
    const status = fakeStatus(['2026-03-01T10:00:00Z', '2026-03-01T10:00:00Z', '2026-03-01T10:05:00Z']);
    expect(await waitForRefresh('2026-03-01T10:00:00Z', status)).toBe('done');
    expect(status.asked()).toBe(3);
    expect(status.now()).toBe(2 * REFRESH_POLL_MS);
  });

  it('is done at once when the job finished before the first look (or the first rollup appeared)', async () => {
    expect(await waitForRefresh('2026-03-01T10:00:00Z', fakeStatus(['2026-03-01T10:05:00Z']))).toBe('done');
    expect(await waitForRefresh(null, fakeStatus(['2026-03-01T10:05:00Z']))).toBe('done');
  });

  it('gives up after five minutes without a new rollup', async () => {
    const status = fakeStatus([null]);
    expect(await waitForRefresh(null, status)).toBe('tooLong');
    expect(status.now()).toBeGreaterThanOrEqual(REFRESH_GIVE_UP_MS);
  });

  it('stops asking once the page is left', async () => {
    const status = fakeStatus([null]);
    const left = new AbortController();
    const waiting = waitForRefresh(null, { ...status, sleep: () => (left.abort(), Promise.resolve()), signal: left.signal });
    expect(await waiting).toBe('stopped');
    expect(status.asked()).toBe(1);
  });
});
