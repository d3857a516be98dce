import { Injectable } from '@nestjs/common';

/** A desk as floor availability shows it: plan metadata only, the same for every viewer. */
export interface FloorDesk {
  readonly id: string;
  readonly label: string;
  readonly x: number;
  readonly y: number;
  readonly zone: string | null;
  readonly amenities: readonly string[];
  readonly bookable: boolean;
}

/** How long an instance keeps a floor's desk list without asking the database again. */
export const FLOOR_DESKS_TTL_MS = 5_000;
/** Upper bound on cached floors per instance; the oldest entry goes first. */
export const FLOOR_DESKS_MAX_ENTRIES = 1_000;

/**
 * The desk list of a floor, per tenant and floor, for a few seconds: floor availability reads it
 * on every request, and it changes only when someone edits the floor plan.
 *
 * Only plan metadata lives here (ids, labels, positions, zones, amenities, bookable): nothing about
 * bookings or people, so the anonymization sweep has nothing to clear here. Keys start with the
 * tenant id, and a miss loads through the caller's tenant-scoped repositories, so another tenant's
 * floor id never hits an entry (and still answers 404).
 *
 * Staleness: this instance drops entries on its own writes (PlacesService calls `invalidate…`). Another
 * API instance may show the desk list as it was before an edit for up to FLOOR_DESKS_TTL_MS: a new desk
 * appears, a removed desk disappears, a moved or renamed desk moves, a desk marked unbookable shows
 * as unavailable at most that much later. Booking stays correct meanwhile, because POST /bookings
 * reads the desk (and its `bookable` flag) from the database inside its own checks.
 */
@Injectable()
export class FloorDesksCache {
  private readonly entries = new Map<string, { desks: readonly FloorDesk[]; expiresAt: number }>();
  /** Bumped by every invalidation of a tenant, so a load that started before it is not stored. */
  private readonly generations = new Map<string, number>();

  /**
   * The cached desk list, or the result of `load`, stored unless the tenant was invalidated while
   * it ran. An error of `load` (404 for a floor that is not the caller's) passes through, uncached.
   */
  async get(tenantId: string, floorId: string, load: () => Promise<FloorDesk[]>): Promise<readonly FloorDesk[]> {
    const key = cacheKey(tenantId, floorId);
    const hit = this.entries.get(key);
    if (hit && hit.expiresAt > Date.now()) return hit.desks;
    if (hit) this.entries.delete(key);
    const generation = this.generation(tenantId);
    const desks = freeze(await load());
    if (this.generation(tenantId) === generation) this.store(key, desks);
    return desks;
  }

  /** After a write to this floor's desks (or to the floor itself). */
  invalidateFloor(tenantId: string, floorId: string): void {
    this.entries.delete(cacheKey(tenantId, floorId));
    this.bump(tenantId);
  }

  /** After a write that may touch several floors of the tenant (a location removed, a desk removed by id). */
  invalidateTenant(tenantId: string): void {
    const prefix = cacheKey(tenantId, '');
    for (const key of this.entries.keys()) if (key.startsWith(prefix)) this.entries.delete(key);
    this.bump(tenantId);
  }

  get size(): number {
    return this.entries.size;
  }

  private store(key: string, desks: readonly FloorDesk[]): void {
    if (this.entries.size >= FLOOR_DESKS_MAX_ENTRIES) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, { desks, expiresAt: Date.now() + FLOOR_DESKS_TTL_MS });
  }

  private generation(tenantId: string): number {
    return this.generations.get(tenantId) ?? 0;
  }

  private bump(tenantId: string): void {
    this.generations.set(tenantId, this.generation(tenantId) + 1);
  }
}

function cacheKey(tenantId: string, floorId: string): string {
  return `${tenantId}/${floorId}`;
}

/** Copies field by field (never an entity with its tenantId or relations) and freezes the result. */
function freeze(desks: FloorDesk[]): readonly FloorDesk[] {
  return Object.freeze(
    desks.map((d) =>
      Object.freeze({
        id: d.id,
        label: d.label,
        x: d.x,
        y: d.y,
        zone: d.zone,
        amenities: Object.freeze([...d.amenities]),
        bookable: d.bookable,
      }),
    ),
  );
}
