import { setImmediate as nextTurn } from 'node:timers/promises';

/** How long a long task may hold the event loop before it lets other requests in. */
export const TURN_BUDGET_MS = 10;

/**
 * For long work that runs in one request, like an import of 100,000 rows or a tenant export. Every
 * query on SQLite (better-sqlite3) is synchronous and a loop over the rows never awaits anything
 * slower than a promise, so without a pause such work holds the one event loop, and every request
 * of every tenant, health checks included, waits for it. The returned function is cheap to call
 * often: it gives way (to I/O, timers and other requests) only once `budgetMs` have passed since
 * the last time it did.
 */
export function createEventLoopPause(budgetMs = TURN_BUDGET_MS): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < budgetMs) return;
    await nextTurn();
    since = performance.now();
  };
}
