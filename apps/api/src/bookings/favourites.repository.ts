import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type EntityManager } from 'typeorm';
import { currentTenantId } from '../common/tenancy/tenant-context.js';
import { DeskFavourite } from './entities/desk-favourite.entity.js';

/** A favourite desk with where it is, as `GET /me/favourites` lists it. */
export interface FavouriteDesk {
  deskId: string;
  label: string;
  floorId: string;
  floorName: string;
  locationId: string;
  locationName: string;
  usual: boolean;
}

/** A person's favourite desks; at most one is their usual desk (the writes hold the person's row lock). */
@Injectable()
export class FavouritesRepository {
  constructor(@InjectRepository(DeskFavourite) private readonly favourites: Repository<DeskFavourite>) {}

  /** The caller's favourites in their tenant, by location, floor and desk label. */
  async of(userId: string): Promise<FavouriteDesk[]> {
    const rows = await this.favourites
      .createQueryBuilder('fav')
      .innerJoin('fav.desk', 'd')
      .innerJoin('d.floor', 'f')
      .innerJoin('f.location', 'l')
      .select([
        'fav.deskId AS deskId',
        'd.label AS label',
        'f.id AS floorId',
        'f.name AS floorName',
        'l.id AS locationId',
        'l.name AS locationName',
        'fav.usual AS usual',
      ])
      .where('fav.userId = :userId AND fav.tenantId = :tenantId', { userId, tenantId: currentTenantId() })
      .orderBy('l.name')
      .addOrderBy('f.name')
      .addOrderBy('d.label')
      .getRawMany<Omit<FavouriteDesk, 'usual'> & { usual: boolean | number | string }>();
    // Booleans come back as 0/1 from SQLite and MariaDB raw rows.
    return rows.map((r) => ({ ...r, usual: r.usual === true || Number(r.usual) === 1 }));
  }

  /** Adds a favourite (unchanged when it is one already), in the caller's transaction. */
  async add(m: EntityManager, tenantId: string, userId: string, deskId: string, now: Date): Promise<void> {
    const exists = await m.existsBy(DeskFavourite, { userId, deskId });
    if (!exists) await m.insert(DeskFavourite, { tenantId, userId, deskId, usual: false, createdAt: now });
  }

  async remove(m: EntityManager, userId: string, deskId: string): Promise<void> {
    await m.delete(DeskFavourite, { userId, deskId });
  }

  /** Makes this desk the person's only usual desk, a favourite too. */
  async setUsual(m: EntityManager, tenantId: string, userId: string, deskId: string, now: Date): Promise<void> {
    await m.update(DeskFavourite, { userId, usual: true }, { usual: false });
    await this.add(m, tenantId, userId, deskId, now);
    await m.update(DeskFavourite, { userId, deskId }, { usual: true });
  }

  /** The person has no usual desk any more; the desk stays a favourite. */
  async clearUsual(m: EntityManager, userId: string): Promise<void> {
    await m.update(DeskFavourite, { userId, usual: true }, { usual: false });
  }

  /** Every favourite of the person (export), read in the caller's transaction. */
  rowsOf(m: EntityManager, tenantId: string, userId: string): Promise<DeskFavourite[]> {
    return m.find(DeskFavourite, { where: { tenantId, userId }, order: { createdAt: 'ASC' } });
  }

  async eraseOf(m: EntityManager, tenantId: string, userId: string): Promise<number> {
    return (await m.delete(DeskFavourite, { tenantId, userId })).affected ?? 0;
  }
}
