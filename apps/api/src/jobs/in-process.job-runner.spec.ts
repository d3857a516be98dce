import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { InProcessJobRunner } from './in-process.job-runner.js';

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('InProcessJobRunner', () => {
  it('runs a trigger that arrives while the job runs after it, never at the same time', async () => {
    const runner = new InProcessJobRunner(pino({ level: 'silent' }));
    const seen: string[] = [];
    let release: () => void = () => undefined;
    let concurrent = 0;
    runner.register('anonymization.sweep', async (payload) => {
      concurrent++;
      expect(concurrent).toBe(1);
      seen.push(String(payload.runId));
      if (payload.runId === 'first') await new Promise<void>((r) => (release = r));
      concurrent--;
    });
    await runner.trigger('anonymization.sweep', { runId: 'first' });
    await tick();
    await runner.trigger('anonymization.sweep', { runId: 'second' });
    await tick();
    expect(seen).toEqual(['first']);
    release();
    await tick();
    expect(seen).toEqual(['first', 'second']);
  });

  it('queues a job "once": the same payload already waiting is enough, another payload still queues', async () => {
    const runner = new InProcessJobRunner(pino({ level: 'silent' }));
    const seen: string[] = [];
    let release: () => void = () => undefined;
    runner.register('analytics.rebuild', async (payload) => {
      seen.push(String(payload.tenantId));
      if (seen.length === 1) await new Promise<void>((r) => (release = r));
    });
    await runner.trigger('analytics.rebuild', { tenantId: 'a' }, { once: true });
    await tick();
    for (let i = 0; i < 5; i++) await runner.trigger('analytics.rebuild', { tenantId: 'a' }, { once: true });
    await runner.trigger('analytics.rebuild', { tenantId: 'b' }, { once: true });
    release();
    await tick();
    expect(seen).toEqual(['a', 'a', 'b']);
  });

  it('runs every trigger of one tick, one after the other (none is lost)', async () => {
    const runner = new InProcessJobRunner(pino({ level: 'silent' }));
    const seen: string[] = [];
    runner.register('anonymization.sweep', async (payload) => {
      seen.push(String(payload.runId));
      await tick();
    });
    for (const runId of ['a', 'b', 'c']) await runner.trigger('anonymization.sweep', { runId });
    for (let i = 0; i < 20 && seen.length < 3; i++) await tick();
    expect(seen).toEqual(['a', 'b', 'c']);
  });
});
