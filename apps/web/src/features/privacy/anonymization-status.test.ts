import { describe, expect, it } from 'vitest';
import { finishedRunProcessed, STATUS_POLL_MS, statusPollInterval } from './anonymization-status';
import type { AnonymizationStatus } from './types';

const before: AnonymizationStatus = { lastRunAt: '2025-05-01T10:00:00.000Z', lastRunProcessed: 3, due: 12, running: false };
const running: AnonymizationStatus = { ...before, running: true };
const after: AnonymizationStatus = { lastRunAt: '2025-05-01T10:05:00.000Z', lastRunProcessed: 12, due: 0, running: false };

describe('statusPollInterval', () => {
  it('polls every two seconds while a run is queued or in progress', () => {
    expect(statusPollInterval(running)).toBe(STATUS_POLL_MS);
    expect(STATUS_POLL_MS).toBe(2_000);
  });

  it('stops when nothing runs, or before the first answer', () => {
    expect(statusPollInterval(before)).toBe(false);
    expect(statusPollInterval(undefined)).toBe(false);
  });
});

describe('finishedRunProcessed', () => {
  it('is the processed count once a run finished after the click', () => {
    expect(finishedRunProcessed({ lastRunAt: before.lastRunAt }, after)).toBe(12);
  });

  it('counts the very first run of the tenant', () => {
    expect(finishedRunProcessed({ lastRunAt: null }, after)).toBe(12);
  });

  it('counts a finished run without a count as 0', () => {
    expect(finishedRunProcessed({ lastRunAt: null }, { ...after, lastRunProcessed: null })).toBe(0);
  });

  it('is null while the run is queued or in progress', () => {
    expect(finishedRunProcessed({ lastRunAt: before.lastRunAt }, running)).toBeNull();
    expect(finishedRunProcessed({ lastRunAt: before.lastRunAt }, undefined)).toBeNull();
  });

  it('does not take the run from before the click for the new one', () => {
    expect(finishedRunProcessed({ lastRunAt: before.lastRunAt }, before)).toBeNull();
    expect(finishedRunProcessed({ lastRunAt: null }, { ...before, lastRunAt: null })).toBeNull();
  });

  it('is null when no run was started here', () => {
    expect(finishedRunProcessed(null, after)).toBeNull();
  });
});
