import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WriteGeneration } from '../database/write-generation.js';
import { FLOOR_AVAILABILITY_TTL_MS, FloorAvailabilityCache, type FloorView } from './floor-availability.cache.js';

const view = (label: string): FloorView => ({ desks: [], bookingsByDesk: new Map(), names: new Map([['u1', label]]), json: [label] });

describe('FloorAvailabilityCache', () => {
  let writes: WriteGeneration;
  let cache: FloorAvailabilityCache;
  beforeEach(() => {
    vi.useFakeTimers();
    writes = new WriteGeneration();
    cache = new FloorAvailabilityCache(writes);
  });
  afterEach(() => vi.useRealTimers());

  it('answers from memory until the TTL, then loads again', async () => {
    const load = vi.fn(() => Promise.resolve(view('a')));
    await cache.get('k', load);
    vi.advanceTimersByTime(FLOOR_AVAILABILITY_TTL_MS - 1);
    await cache.get('k', load);
    expect(load).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    await cache.get('k', load);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('forgets everything on any committed write, so nothing written here is served stale', async () => {
    await cache.get('k1', () => Promise.resolve(view('a')));
    await cache.get('k2', () => Promise.resolve(view('b')));
    expect(cache.size).toBe(2);
    writes.bump();
    expect(cache.size).toBe(0);
    expect((await cache.get('k1', () => Promise.resolve(view('c')))).json).toEqual(['c']);
  });

  it('does not keep a view whose load overlapped a write (it may predate it)', async () => {
    let finish!: (v: FloorView) => void;
    const pending = cache.get('k', () => new Promise<FloorView>((resolve) => (finish = resolve)));
    writes.bump();
    finish(view('before the write'));
    expect((await pending).json).toEqual(['before the write']);
    expect(cache.size).toBe(0);
  });

  it('drops an expired view even if nobody asks for it again (views name people)', async () => {
    await cache.get('k', () => Promise.resolve(view('a')));
    vi.advanceTimersByTime(FLOOR_AVAILABILITY_TTL_MS);
    expect(cache.size).toBe(0);
  });

  it('keys by the caller-built key only: different keys never share a view', async () => {
    await cache.get('tenant-a|floor', () => Promise.resolve(view('a')));
    expect((await cache.get('tenant-b|floor', () => Promise.resolve(view('b')))).json).toEqual(['b']);
  });
});
