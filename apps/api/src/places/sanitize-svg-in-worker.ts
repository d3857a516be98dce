import { Worker } from 'node:worker_threads';
import { Semaphore } from 'async-mutex';
import { workerFileNextTo } from '../common/worker-file.js';
import { PlanTooComplexError } from './plan-errors.js';

/**
 * Wall time one SVG may take to sanitize: several times what a plan at the element cap needs on one
 * core, a margin for a busy host, since the worker only ever takes the one core.
 */
export const SANITIZE_BUDGET_MS = 20_000;
/** jsdom's memory grows with the element count; the element cap keeps real plans well below this. */
const WORKER_HEAP_MB = 1_024;
/** One SVG at a time: the other core stays free for every other request on a small machine. */
const slot = new Semaphore(1);

const workerFile = workerFileNextTo(import.meta.url, 'svg-sanitizer.worker');

/** The running worker, started on first use and kept (it loads jsdom once); null after it ended. */
let current: Promise<Worker> | null = null;

function startWorker(): Promise<Worker> {
  const worker = new Worker(workerFile, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
  // An idle sanitizer never keeps the process alive.
  worker.unref();
  const ready = new Promise<Worker>((resolve, reject) => {
    worker.once('message', () => resolve(worker));
    worker.once('error', reject);
  });
  worker.once('exit', () => {
    if (current === ready) current = null;
  });
  return ready;
}

/**
 * Sanitizes an SVG in a worker thread, so a drawing that takes long to parse never blocks the event
 * loop. After `budgetMs` the worker is terminated (the next call starts a fresh one) and the plan refused.
 */
export function sanitizeSvgInWorker(svg: string, budgetMs = SANITIZE_BUDGET_MS): Promise<string> {
  return slot.runExclusive(async () => {
    const worker = await (current ??= startWorker());
    return new Promise<string>((resolve, reject) => {
      const finish = (outcome: () => void) => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        outcome();
      };
      const onMessage = (clean: string) => finish(() => resolve(clean));
      const onError = (error: Error & { code?: string }) =>
        finish(() => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new PlanTooComplexError('it needs too much memory') : error));
      const onExit = (code: number) => finish(() => reject(new Error(`The SVG sanitizer stopped with exit code ${code}`)));
      const timer = setTimeout(
        () =>
          finish(() => {
            current = null;
            // The slot is free again only once the worker has stopped, so never two parse at once.
            void worker.terminate().then(() => reject(new PlanTooComplexError(`checking it took longer than ${budgetMs / 1000} s`)));
          }),
        budgetMs,
      );
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker.postMessage(svg);
    });
  });
}
