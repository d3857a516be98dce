/**
 * `work`, or an error once `ms` have passed. The timer's rejection waits one turn of the event loop
 * (setImmediate): after the loop was blocked longer than `ms` (a busy instance), the timer phase runs
 * before the poll phase, so an answer that had already arrived would otherwise lose to the timer and
 * a healthy Redis or database would be reported as down.
 */
export function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => setImmediate(() => reject(new Error(`${what} timed out`))), ms).unref();
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
