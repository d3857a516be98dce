import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WriteGeneration } from '../database/write-generation.js';
import {
  BOOKING_SETTLE_MS,
  FLOOR_AVAILABILITY_TTL_MS,
  FloorAvailabilityCache,
  mayHaveUnseenBookings,
  type FloorView,
} from './floor-availability.cache.js';

const view = (label: string): FloorView => ({
  desks: [],
  bookingsByDesk: new Map(),
  blocked: new Map(),
  names: new Map([['u1', label]]),
  bookers: new Set(['u1']),
  json: [label],
  body: Buffer.from(`[${label}]`),
  gzipped: gzipSync(`[${label}]`),
  etag: `"${label}"`,
});

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
    vi.advanceTimersByTime(FLOOR_AVAILABILITY_TTL_MS / 2 - 1);
    await cache.get('k', load);
    expect(load).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(FLOOR_AVAILABILITY_TTL_MS / 2 + 1);
    await cache.get('k', load);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('loads a view in use again in the background after half its time, serving it meanwhile', async () => {
    await cache.get('k', () => Promise.resolve(view('a')));
    vi.advanceTimersByTime(FLOOR_AVAILABILITY_TTL_MS / 2);
    let finish!: (v: FloorView) => void;
    const refresh = vi.fn(() => new Promise<FloorView>((resolve) => (finish = resolve)));
    expect((await cache.get('k', refresh)).json).toEqual(['a']);
    expect((await cache.get('k', refresh)).json).toEqual(['a']);
    expect(refresh).toHaveBeenCalledTimes(1);
    finish(view('b'));
    await vi.advanceTimersByTimeAsync(0);
    expect((await cache.get('k', refresh)).json).toEqual(['b']);
    // The refreshed view counts from its own load: served to the end of its time, not beyond.
    vi.advanceTimersByTime(FLOOR_AVAILABILITY_TTL_MS / 2 - 1);
    expect((await cache.get('k', () => Promise.resolve(view('unused')))).json).toEqual(['b']);
  });

  it('never serves a view past its TTL, even while its background load is still running', async () => {
    await cache.get('k', () => Promise.resolve(view('a')));
    vi.advanceTimersByTime(FLOOR_AVAILABILITY_TTL_MS / 2);
    let finish!: (v: FloorView) => void;
    await cache.get('k', () => new Promise<FloorView>((resolve) => (finish = resolve)));
    vi.advanceTimersByTime(FLOOR_AVAILABILITY_TTL_MS / 2);
    let answered = false;
    const late = cache.get('k', () => Promise.resolve(view('unused'))).then((v) => ((answered = true), v));
    await vi.advanceTimersByTimeAsync(0);
    expect(answered).toBe(false);
    finish(view('b'));
    expect((await late).json).toEqual(['b']);
  });

  it('keeps serving the current view until it expires when a background load fails', async () => {
    await cache.get('k', () => Promise.resolve(view('a')));
    vi.advanceTimersByTime(FLOOR_AVAILABILITY_TTL_MS / 2);
    expect((await cache.get('k', () => Promise.reject(new Error('database gone')))).json).toEqual(['a']);
    await vi.advanceTimersByTimeAsync(0);
    expect((await cache.get('k', () => Promise.resolve(view('b')))).json).toEqual(['a']);
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

  it('lets requests that find the same view missing wait for one load', async () => {
    let finish!: (v: FloorView) => void;
    const load = vi.fn(() => new Promise<FloorView>((resolve) => (finish = resolve)));
    const first = cache.get('k', load);
    const second = cache.get('k', load);
    finish(view('a'));
    expect(await first).toBe(await second);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('does not let a request that starts after a write join a load that began before it', async () => {
    let finishEarly!: (v: FloorView) => void;
    const early = cache.get('k', () => new Promise<FloorView>((resolve) => (finishEarly = resolve)));
    writes.bump();
    const late = cache.get('k', () => Promise.resolve(view('after the write')));
    finishEarly(view('before the write'));
    expect((await early).json).toEqual(['before the write']);
    expect((await late).json).toEqual(['after the write']);
    expect((await cache.get('k', () => Promise.resolve(view('unused')))).json).toEqual(['after the write']);
  });

  it('loads again after a failed load', async () => {
    await expect(cache.get('k', () => Promise.reject(new Error('database gone')))).rejects.toThrow('database gone');
    expect((await cache.get('k', () => Promise.resolve(view('a')))).json).toEqual(['a']);
  });
});

describe('mayHaveUnseenBookings', () => {
  const now = new Date('2026-12-02T10:00:00Z');
  const ago = (ms: number) => new Date(now.getTime() - ms);

  it('is true while a booking added for the person may not have reached every floor view', () => {
    expect(mayHaveUnseenBookings(now, now)).toBe(true);
    expect(mayHaveUnseenBookings(ago(BOOKING_SETTLE_MS - 1), now)).toBe(true);
    // Another instance's clock may run ahead: its stamps can lie in this one's future.
    expect(mayHaveUnseenBookings(new Date(now.getTime() + 5_000), now)).toBe(true);
  });

  it('is false once the booking has settled, and for people never booked for', () => {
    expect(mayHaveUnseenBookings(ago(BOOKING_SETTLE_MS), now)).toBe(false);
    expect(mayHaveUnseenBookings(null, now)).toBe(false);
  });

  it('outlasts every floor view by far', () => {
    expect(BOOKING_SETTLE_MS).toBeGreaterThanOrEqual(60 * FLOOR_AVAILABILITY_TTL_MS);
  });
});
