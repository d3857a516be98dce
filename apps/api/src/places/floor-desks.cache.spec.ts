import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FLOOR_DESKS_MAX_ENTRIES, FLOOR_DESKS_TTL_MS, FloorDesksCache, type FloorDesk } from './floor-desks.cache.js';

const desk = (id: string, extra: Partial<FloorDesk> = {}): FloorDesk => ({
  id,
  label: id,
  x: 1,
  y: 2,
  zone: null,
  amenities: ['monitor'],
  bookable: true,
  ...extra,
});

/** A loader that counts its calls and answers whatever `desks` holds at the time. */
function loader(desks: FloorDesk[]) {
  const load = vi.fn(() => Promise.resolve(desks.map((d) => ({ ...d }))));
  return { load, desks };
}

describe('FloorDesksCache', () => {
  let cache: FloorDesksCache;
  beforeEach(() => {
    vi.useFakeTimers();
    cache = new FloorDesksCache();
  });
  afterEach(() => vi.useRealTimers());

  it('loads a floor once and answers from memory within the TTL', async () => {
    const { load } = loader([desk('d1')]);
    expect(await cache.get('t1', 'f1', load)).toEqual([desk('d1')]);
    vi.advanceTimersByTime(FLOOR_DESKS_TTL_MS - 1);
    expect(await cache.get('t1', 'f1', load)).toEqual([desk('d1')]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads again once the TTL has passed', async () => {
    const source = loader([desk('d1')]);
    await cache.get('t1', 'f1', source.load);
    source.desks.push(desk('d2'));
    vi.advanceTimersByTime(FLOOR_DESKS_TTL_MS);
    expect((await cache.get('t1', 'f1', source.load)).map((d) => d.id)).toEqual(['d1', 'd2']);
    expect(source.load).toHaveBeenCalledTimes(2);
  });

  it('keys entries by tenant: the same floor id asked by another tenant goes to its own loader', async () => {
    await cache.get('t1', 'f1', loader([desk('d1')]).load);
    const otherTenant = vi.fn(() => Promise.reject(new Error('404 Floor')));
    await expect(cache.get('t2', 'f1', otherTenant)).rejects.toThrow('404 Floor');
    expect(otherTenant).toHaveBeenCalledTimes(1);
  });

  it('does not cache a failed load (a floor that is not found)', async () => {
    const failing = vi.fn(() => Promise.reject(new Error('404 Floor')));
    await expect(cache.get('t1', 'f1', failing)).rejects.toThrow();
    await expect(cache.get('t1', 'f1', failing)).rejects.toThrow();
    expect(failing).toHaveBeenCalledTimes(2);
    expect(cache.size).toBe(0);
  });

  it('invalidateFloor drops that floor only', async () => {
    const f1 = loader([desk('d1')]);
    const f2 = loader([desk('d2')]);
    await cache.get('t1', 'f1', f1.load);
    await cache.get('t1', 'f2', f2.load);
    cache.invalidateFloor('t1', 'f1');
    await cache.get('t1', 'f1', f1.load);
    await cache.get('t1', 'f2', f2.load);
    expect(f1.load).toHaveBeenCalledTimes(2);
    expect(f2.load).toHaveBeenCalledTimes(1);
  });

  it('invalidateTenant drops every floor of that tenant and no other tenant’s', async () => {
    const a1 = loader([desk('a1')]);
    const a2 = loader([desk('a2')]);
    const b1 = loader([desk('b1')]);
    await cache.get('tA', 'f1', a1.load);
    await cache.get('tA', 'f2', a2.load);
    await cache.get('tB', 'f1', b1.load);
    cache.invalidateTenant('tA');
    await cache.get('tA', 'f1', a1.load);
    await cache.get('tA', 'f2', a2.load);
    await cache.get('tB', 'f1', b1.load);
    expect([a1.load.mock.calls.length, a2.load.mock.calls.length, b1.load.mock.calls.length]).toEqual([2, 2, 1]);
  });

  it('does not store a load that was running while the tenant was invalidated', async () => {
    let release!: (desks: FloorDesk[]) => void;
    const slow = () => new Promise<FloorDesk[]>((resolve) => (release = resolve));
    const pending = cache.get('t1', 'f1', slow);
    cache.invalidateFloor('t1', 'f1'); // a desk edit commits while the old list is being read
    release([desk('old')]);
    expect((await pending).map((d) => d.id)).toEqual(['old']);
    const fresh = loader([desk('new')]);
    expect((await cache.get('t1', 'f1', fresh.load)).map((d) => d.id)).toEqual(['new']);
  });

  it('hands out frozen copies that callers cannot change for the next request', async () => {
    const desks = await cache.get('t1', 'f1', loader([desk('d1')]).load);
    expect(Object.isFrozen(desks)).toBe(true);
    expect(Object.isFrozen(desks[0])).toBe(true);
    expect(Object.isFrozen(desks[0].amenities)).toBe(true);
  });

  it('keeps only plan metadata, whatever the loader returns', async () => {
    const entity = { ...desk('d1'), tenantId: 't1', floorId: 'f1', createdAt: new Date() };
    const [cached] = await cache.get('t1', 'f1', () => Promise.resolve([entity]));
    expect(Object.keys(cached).sort()).toEqual(['amenities', 'bookable', 'id', 'label', 'x', 'y', 'zone']);
  });

  it('holds at most FLOOR_DESKS_MAX_ENTRIES floors, dropping the oldest', async () => {
    const load = vi.fn(() => Promise.resolve([desk('d')]));
    for (let i = 0; i <= FLOOR_DESKS_MAX_ENTRIES; i++) await cache.get('t1', `f${i}`, load);
    expect(cache.size).toBe(FLOOR_DESKS_MAX_ENTRIES);
    await cache.get('t1', 'f0', load);
    expect(load).toHaveBeenCalledTimes(FLOOR_DESKS_MAX_ENTRIES + 2);
  });
});
