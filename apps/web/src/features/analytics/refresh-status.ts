/** How often the status is asked for while a "Refresh now" runs, and when to stop asking. */
export const REFRESH_POLL_MS = 2_000;
export const REFRESH_GIVE_UP_MS = 5 * 60_000;

/** `stopped`: the page was left, so nobody waits for the answer any more. */
export type RefreshOutcome = 'done' | 'tooLong' | 'stopped';

interface WaitOptions {
  /** GET /analytics/status: the time of the rollup's last completed refresh. */
  readRefreshedAt: () => Promise<string | null>;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** Aborted when the page goes away. */
  signal?: AbortSignal;
}

const realSleep = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms);
  });

/**
 * Asks for the status every two seconds until the rollup's time moves past `shown`, the time of the
 * figures on screen when the person clicked (the job may even finish before the POST answers), or
 * gives up after five minutes, or when the page is left.
 */
export async function waitForRefresh(
  shown: string | null,
  { readRefreshedAt, sleep = realSleep, now = Date.now, signal }: WaitOptions,
): Promise<RefreshOutcome> {
  const startedAt = now();
  for (;;) {
    if (signal?.aborted) return 'stopped';
    const refreshedAt = await readRefreshedAt();
    if (refreshedAt && refreshedAt !== shown) return 'done';
    if (now() - startedAt > REFRESH_GIVE_UP_MS) return 'tooLong';
    await sleep(REFRESH_POLL_MS);
  }
}
