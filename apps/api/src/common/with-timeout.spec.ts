import { stat } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withTimeout } from './with-timeout.js';

function blockEventLoop(ms: number): void {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    // busy: what a CPU-heavy request does to everyone else
  }
}

describe('withTimeout', () => {
  it('gives the answer of work that settles in time', async () => {
    await expect(withTimeout(Promise.resolve(42), 50, 'answer')).resolves.toBe(42);
  });

  it('fails with what timed out when work does not settle', async () => {
    await expect(withTimeout(new Promise(() => undefined), 10, 'queueing the job')).rejects.toThrow('queueing the job timed out');
  });

  it('lets an answer that arrived while the event loop was blocked win over the expired timer', async () => {
    // As in a request handler, the code runs in the poll phase (an I/O callback); the work is one
    // thread-pool round trip that completes during the block. The next turn of the loop runs the
    // expired timer before it polls for that answer.
    const answer = new Promise<boolean>((settled) =>
      stat('.', () => {
        const work = new Promise<boolean>((resolve, reject) =>
          stat(import.meta.filename, (err, s) => (err ? reject(err) : resolve(s.isFile()))),
        );
        settled(withTimeout(work, 5, 'stat'));
        blockEventLoop(100);
      }),
    );
    await expect(answer).resolves.toBe(true);
  });
});
