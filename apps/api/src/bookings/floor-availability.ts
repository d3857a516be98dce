import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { Injectable } from '@nestjs/common';
import etag from 'etag';
import { groupBy } from '../common/collections.js';
import type { Principal } from '../common/context/request-context.js';
import type { FloorDesk } from '../places/floor-desks.cache.js';
import { PlacesService } from '../places/places.service.js';
import { isoStrings, toDeskAvailability, visibleBookerIds, type Viewer } from './booking-view.js';
import { BookingsRepository, type BookingWindow } from './bookings.repository.js';
import { BookingsService } from './bookings.service.js';
import { blockCovering, DeskBlocksRepository } from './desk-blocks.repository.js';
import { FloorAvailabilityCache, mayHaveUnseenBookings, type FloorView } from './floor-availability.cache.js';
import type { BookingVisibility } from './visibility.js';

/** Off the event loop (zlib's thread pool): a floor's day is a large JSON answer. */
const gzipAsync = promisify(gzip);
/** A viewer id no booking has: the shared floor view is built for nobody in particular. */
const NOBODY = '';

/**
 * A floor's availability for one viewer: either the answer every viewer without a booking there
 * shares (encoded, compressed and tagged once), or an answer built for this viewer.
 */
export type FloorAvailabilityAnswer =
  | { readonly shared: true; readonly body: Buffer; readonly gzipped: Buffer; readonly etag: string }
  | { readonly shared: false; readonly body: string };

/**
 * The availability read model: the floor's bookings as each viewer may see them (visibility.ts via
 * booking-view.ts), served from a short-lived shared view (FloorAvailabilityCache, which explains
 * how fresh it is) with the viewer's own bookings put in where needed.
 */
@Injectable()
export class FloorAvailability {
  constructor(
    private readonly places: PlacesService,
    private readonly bookings: BookingsRepository,
    private readonly names: BookingsService,
    private readonly views: FloorAvailabilityCache,
    private readonly blocks: DeskBlocksRepository,
  ) {}

  async forViewer(principal: Principal, floorId: string, from: Date, to: Date, now = new Date()): Promise<FloorAvailabilityAnswer> {
    // 404 for another tenant's floor, before anything is read from the view cache.
    const desks = await this.places.floorDesks(floorId);
    // Read with the session on this request (never cached): a changed setting applies at once.
    const visibility = principal.tenantSettings.privacy.bookingVisibility;
    const key = [principal.tenantId, floorId, from.getTime(), to.getTime(), visibility].join('|');
    // The caller's own bookings are read fresh when the shared view may lack or misstate them: a
    // booking was added for them lately (perhaps through another instance), or they hold one of the
    // view's bookings. Everyone else – most callers – is shown exactly what the view holds.
    const unseen = mayHaveUnseenBookings(principal.bookingAddedAt, now);
    const [view, fresh] = await Promise.all([
      this.views.get(key, () => this.floorView(principal.tenantId, floorId, desks, from, to, visibility)),
      unseen ? this.bookings.activeOfUser(principal.userId, from, to) : null,
    ]);
    if (!unseen && !view.bookers.has(principal.userId)) {
      return { shared: true, body: view.body, gzipped: view.gzipped, etag: view.etag };
    }
    const own = fresh ?? (await this.bookings.activeOfUser(principal.userId, from, to));
    return { shared: false, body: this.withOwnBookings(principal, view, own) };
  }

  /** The floor's bookings as a member without a booking there sees them (shared by all viewers). */
  private async floorView(
    tenantId: string,
    floorId: string,
    desks: readonly FloorDesk[],
    from: Date,
    to: Date,
    visibility: BookingVisibility,
  ): Promise<FloorView> {
    const [bookings, blocks] = await Promise.all([
      this.bookings.activeOnDesks(
        desks.map((d) => d.id),
        from,
        to,
      ),
      this.blocks.onFloors(tenantId, [floorId], { startsAt: from, endsAt: to }),
    ]);
    const blocked = new Map<string, string>();
    for (const desk of desks) {
      const block = blockCovering(blocks, { id: desk.id, floorId }, { startsAt: from, endsAt: to });
      if (block) blocked.set(desk.id, block.reason);
    }
    const names = await this.names.displayNames(tenantId, visibleBookerIds(bookings, NOBODY, visibility));
    const bookingsByDesk = groupBy(bookings, (b) => b.deskId);
    const viewer: Viewer = { userId: NOBODY, visibility, names };
    const iso = isoStrings();
    const json = desks.map((d) => JSON.stringify(toDeskAvailability(d, bookingsByDesk.get(d.id) ?? [], viewer, iso, blocked.get(d.id))));
    const body = Buffer.from(`[${json.join(',')}]`);
    const bookers = new Set(bookings.flatMap((b) => (b.userId ? [b.userId] : [])));
    return { desks, bookingsByDesk, blocked, names, bookers, json, body, gzipped: await gzipAsync(body), etag: etag(body, { weak: true }) };
  }

  /**
   * The shared view with the caller's own bookings put in: desks where they have a booking (now, or
   * in the view) are built for them; every other desk is the shared JSON as it is.
   */
  private withOwnBookings(principal: Principal, view: FloorView, own: BookingWindow[]): string {
    const me = principal.userId;
    const ownByDesk = groupBy(own, (b) => b.deskId);
    const viewer: Viewer = { userId: me, visibility: principal.tenantSettings.privacy.bookingVisibility, names: view.names };
    if (own.length > 0 && !view.names.has(me)) viewer.names = new Map([...view.names, [me, principal.displayName]]);
    const iso = isoStrings();
    const parts = view.desks.map((desk, i) => {
      const shared = view.bookingsByDesk.get(desk.id) ?? [];
      const mine = ownByDesk.get(desk.id);
      if (!mine && !shared.some((b) => b.userId === me)) return view.json[i];
      const bookings = shared
        .filter((b) => b.userId !== me)
        .concat(mine ?? [])
        .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
      return JSON.stringify(toDeskAvailability(desk, bookings, viewer, iso, view.blocked.get(desk.id)));
    });
    return `[${parts.join(',')}]`;
  }
}
