import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type EntityManager } from 'typeorm';
import { groupBy } from '../common/collections.js';
import { currentTenantId } from '../common/tenancy/tenant-context.js';
import { TenantScopedRepository } from '../common/tenancy/tenant-scoped.repository.js';
import { Dialect } from '../database/dialect.js';
import type { BlockSpan } from './block-days.js';
import { DeskBlock, DeskBlockDesk } from './entities/desk-block.entity.js';

/*
 * Blocks belong to the bookings feature, not to places: they are a rule about when desks can be
 * booked, checked inside the booking transaction after the desk lock (BookingsService, and the series
 * booking through `blockedDesks`), and creating one cancels bookings, which only BookingWriter
 * writes. Places knows nothing of bookings (it may not import this feature); bookings already reads
 * desks and floors through places' repositories.
 */

/** A block as availability and the booking check need it: `deskIds` null covers the whole floor. */
export interface ActiveBlock {
  id: string;
  floorId: string;
  startsAt: Date;
  endsAt: Date;
  reason: string;
  deskIds: string[] | null;
  createdAt: Date;
}

/** A desk as the block check needs it. */
export interface BlockableDesk {
  id: string;
  floorId: string;
}

/** The first of these blocks that covers this desk for any part of [startsAt, endsAt). */
export function blockCovering(blocks: readonly ActiveBlock[], desk: BlockableDesk, span: BlockSpan): ActiveBlock | undefined {
  return blocks.find(
    (b) =>
      b.floorId === desk.floorId &&
      b.startsAt < span.endsAt &&
      span.startsAt < b.endsAt &&
      (b.deskIds === null || b.deskIds.includes(desk.id)),
  );
}

@Injectable()
export class DeskBlocksRepository extends TenantScopedRepository<DeskBlock> {
  constructor(
    @InjectRepository(DeskBlock) private readonly blocks: Repository<DeskBlock>,
    private readonly dialect: Dialect,
  ) {
    super(blocks, DeskBlock, 'Block');
  }

  /**
   * The blocks of these floors overlapping [startsAt, endsAt) (IDX_desk_blocks_floor_span). With
   * `m`, a locking read in that transaction: it sees blocks committed after the transaction began
   * (a block that waited for the desk lock the caller holds), not the transaction's snapshot.
   */
  async onFloors(tenantId: string, floorIds: readonly string[], span: BlockSpan, m?: EntityManager): Promise<ActiveBlock[]> {
    const floors = [...new Set(floorIds)];
    if (floors.length === 0) return [];
    const manager = m ?? this.blocks.manager;
    const query = manager
      .createQueryBuilder(DeskBlock, 'k')
      .where('k.floorId IN (:...floors)', { floors })
      .andWhere('k.tenantId = :tenantId', { tenantId })
      .andWhere('k.startsAt < :endsAt', { endsAt: span.endsAt })
      .andWhere('k.endsAt > :startsAt', { startsAt: span.startsAt })
      .orderBy('k.startsAt', 'ASC');
    const rows = await (m ? this.dialect.readLatest(query, 'shared') : query).getMany();
    return this.withDesks(manager, rows, m !== undefined);
  }

  /**
   * The one check booking makes (a single booking, each occurrence of a series): which of these
   * desks a block covers for any part of `span`, with that block. Call it inside the booking
   * transaction after the desks are locked (BookingWriter.lockParticipants): a block takes the same
   * locks before it looks for bookings, so one of the two always sees the other.
   */
  async blockedDesks(
    m: EntityManager,
    tenantId: string,
    desks: readonly BlockableDesk[],
    span: BlockSpan,
  ): Promise<Map<string, ActiveBlock>> {
    const blocks = await this.onFloors(
      tenantId,
      desks.map((d) => d.floorId),
      span,
      m,
    );
    const blocked = new Map<string, ActiveBlock>();
    for (const desk of desks) {
      const block = blockCovering(blocks, desk, span);
      if (block) blocked.set(desk.id, block);
    }
    return blocked;
  }

  /** A floor's blocks that have not ended by `now`, soonest first. */
  async currentAndFuture(floorId: string, now: Date): Promise<ActiveBlock[]> {
    const rows = await this.blocks
      .createQueryBuilder('k')
      .where('k.floorId = :floorId', { floorId })
      .andWhere('k.tenantId = :tenantId', { tenantId: currentTenantId() })
      .andWhere('k.endsAt > :now', { now })
      .orderBy('k.startsAt', 'ASC')
      .addOrderBy('k.createdAt', 'ASC')
      .getMany();
    return this.withDesks(this.blocks.manager, rows, false);
  }

  async insert(m: EntityManager, block: DeskBlock, deskIds: readonly string[] | null): Promise<void> {
    await m.insert(DeskBlock, block);
    if (deskIds?.length)
      await m.insert(
        DeskBlockDesk,
        deskIds.map((deskId) => ({ blockId: block.id, deskId })),
      );
  }

  /** Removes a block of the caller's tenant (its desk rows go with it); 404 for another tenant's. */
  remove(m: EntityManager, id: string): Promise<void> {
    return this.deleteById(id, m);
  }

  /** The blocks with their desks; `latest`: read as `onFloors` read the blocks (the newest committed rows). */
  private async withDesks(m: EntityManager, rows: DeskBlock[], latest: boolean): Promise<ActiveBlock[]> {
    if (rows.length === 0) return [];
    const query = m.createQueryBuilder(DeskBlockDesk, 'bd').where('bd.blockId IN (:...ids)', { ids: rows.map((r) => r.id) });
    const desks = groupBy(await (latest ? this.dialect.readLatest(query, 'shared') : query).getMany(), (d) => d.blockId);
    return rows.map((r) => ({
      id: r.id,
      floorId: r.floorId,
      startsAt: r.startsAt,
      endsAt: r.endsAt,
      reason: r.reason,
      deskIds:
        desks
          .get(r.id)
          ?.map((d) => d.deskId)
          .sort() ?? null,
      createdAt: r.createdAt,
    }));
  }
}
