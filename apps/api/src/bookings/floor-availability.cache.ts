import { Injectable } from '@nestjs/common';
import { WriteGeneration } from '../database/write-generation.js';
import type { FloorDesk } from '../places/floor-desks.cache.js';
import type { BookingWindow } from './bookings.repository.js';

/** How long another instance's writes can take to show in this instance's floor availability. */
export const FLOOR_AVAILABILITY_TTL_MS = 1_000;
const MAX_ENTRIES = 1_000;
/**
 * A booking added this long ago is in every floor view loaded since, on every instance: far longer
 * than a booking transaction can last (lock waits and retries included), than a view is kept, and
 * than the clocks of two instances differ.
 */
export const BOOKING_SETTLE_MS = 5 * 60_000;

/**
 * Whether a person may have a booking that a shared floor view does not show yet: a booking was
 * added for them (on any instance: the stamp is read with their session) within BOOKING_SETTLE_MS.
 */
export function mayHaveUnseenBookings(bookingAddedAt: Date | null, now: Date): boolean {
  return bookingAddedAt !== null && bookingAddedAt.getTime() > now.getTime() - BOOKING_SETTLE_MS;
}

/**
 * A floor's bookings in one time window as a member with no booking there sees them: the part of the
 * availability answer all viewers share. `json[i]` is `desks[i]` serialized that way.
 */
export interface FloorView {
  readonly desks: readonly FloorDesk[];
  readonly bookingsByDesk: ReadonlyMap<string, readonly BookingWindow[]>;
  /** The reason of the block covering a desk for (part of) the window, by desk id. */
  readonly blocked: ReadonlyMap<string, string>;
  /** Names of the bookers the tenant's visibility setting shows to everyone. */
  readonly names: ReadonlyMap<string, string>;
  /** Everyone who holds one of the view's bookings: they get an answer built for them. */
  readonly bookers: ReadonlySet<string>;
  readonly json: readonly string[];
  /** The whole answer for a viewer without bookings here, encoded once, with its ETag. */
  readonly body: Buffer;
  /** `body` gzip-compressed once (repetitive JSON shrinks well), for clients that accept gzip. */
  readonly gzipped: Buffer;
  readonly etag: string;
}

/**
 * Floor views for about a second: in the morning a whole office opens the same floor plan, and
 * reading and serializing a floor's day (hundreds of bookings) is most of the answer's cost.
 *
 * - A view in use is loaded again in the background once half its time is up, while it is still
 *   served: under steady traffic no request waits for a load (a database read and serialization),
 *   and no view is served longer than before.
 * - Nothing written through this instance is served stale: every committed transaction empties the
 *   cache (WriteGeneration), and a view loaded while a write committed is not stored.
 * - Writes through another API instance show here at most FLOOR_AVAILABILITY_TTL_MS later. A
 *   viewer's own bookings do not wait for that: FloorAvailability reads them fresh for everyone who
 *   holds a booking in the view (a cancellation shows at once) and for everyone a booking was added
 *   for in the last minutes (mayHaveUnseenBookings), so someone who just booked or cancelled sees
 *   it at once on any instance.
 * - Keys start with the tenant id and carry the visibility setting, so a view is never shared across
 *   tenants or settings. Entries hold user ids and shown names: they go on the next write of any kind
 *   (the anonymization sweep's and erasure's included) and after a second in any case.
 */
@Injectable()
export class FloorAvailabilityCache {
  private readonly entries = new Map<string, { view: FloorView; refreshAt: number; expiresAt: number }>();
  /**
   * Views being loaded: when an entry expires under load, the requests that find it gone wait for
   * one load instead of each reading the floor again. Emptied by a write like the entries, so a
   * request that starts after a write never joins a load that began before it.
   */
  private readonly loading = new Map<string, Promise<FloorView>>();

  constructor(private readonly writes: WriteGeneration) {
    writes.onBump(() => {
      this.entries.clear();
      this.loading.clear();
    });
  }

  get(key: string, load: () => Promise<FloorView>): Promise<FloorView> {
    const hit = this.entries.get(key);
    const now = Date.now();
    if (hit && hit.expiresAt > now) {
      // A failed refresh leaves the view to expire; the request after that loads and sees the error.
      if (hit.refreshAt <= now && !this.loading.has(key)) this.startLoad(key, load).catch(() => undefined);
      return Promise.resolve(hit.view);
    }
    if (hit) this.entries.delete(key);
    return this.loading.get(key) ?? this.startLoad(key, load);
  }

  private startLoad(key: string, load: () => Promise<FloorView>): Promise<FloorView> {
    const pending = this.load(key, load);
    this.loading.set(key, pending);
    return pending;
  }

  private async load(key: string, load: () => Promise<FloorView>): Promise<FloorView> {
    const generation = this.writes.current;
    try {
      const view = await load();
      if (this.writes.current === generation) this.store(key, view);
      return view;
    } finally {
      if (this.writes.current === generation) this.loading.delete(key);
    }
  }

  private store(key: string, view: FloorView): void {
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    const now = Date.now();
    this.entries.set(key, { view, refreshAt: now + FLOOR_AVAILABILITY_TTL_MS / 2, expiresAt: now + FLOOR_AVAILABILITY_TTL_MS });
    // Gone when expired even if nobody asks again: the view names people.
    setTimeout(() => {
      if (this.entries.get(key)?.view === view) this.entries.delete(key);
    }, FLOOR_AVAILABILITY_TTL_MS).unref();
  }

  get size(): number {
    return this.entries.size;
  }
}
