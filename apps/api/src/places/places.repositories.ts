import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository, type EntityManager } from 'typeorm';
import { NotFoundError } from '../common/errors/domain-error.js';
import { currentTenantId } from '../common/tenancy/tenant-context.js';
import { TenantScopedRepository } from '../common/tenancy/tenant-scoped.repository.js';
import { Dialect } from '../database/dialect.js';
import { Desk } from './entities/desk.entity.js';
import { Floor } from './entities/floor.entity.js';
import { Location } from './entities/location.entity.js';

@Injectable()
export class LocationsRepository extends TenantScopedRepository<Location> {
  constructor(@InjectRepository(Location) repository: Repository<Location>) {
    super(repository, Location, 'Location');
  }

  /** Every location of every tenant, for jobs that work through them all (no request, no tenant context). */
  ofEveryTenant(): Promise<Location[]> {
    return this.repo().find({ order: { tenantId: 'ASC', createdAt: 'ASC' } });
  }

  /** A tenant's locations, for a job that has no request context. */
  ofTenant(tenantId: string): Promise<Location[]> {
    return this.repo().find({ where: { tenantId }, order: { createdAt: 'ASC' } });
  }
}

@Injectable()
export class FloorsRepository extends TenantScopedRepository<Floor> {
  constructor(@InjectRepository(Floor) repository: Repository<Floor>) {
    super(repository, Floor, 'Floor');
  }

  /** The floors of this tenant with these names (ids and names only), read in the caller's transaction. */
  namedIn(m: EntityManager, tenantId: string, names: readonly string[]): Promise<Pick<Floor, 'id' | 'name'>[]> {
    return m.find(Floor, { where: { tenantId, name: In([...names]) }, select: { id: true, name: true } });
  }
}

/** Where a desk is, by name: its label, its floor's and its location's ('' when gone). */
export interface PlaceNames {
  label: string;
  floor: string;
  location: string;
}

/** A desk with its floor and location, as calendars and the colleague search name them. */
export interface DeskPlace {
  deskId: string;
  label: string;
  floorId: string;
  floorName: string;
  locationId: string;
  locationName: string;
  address: string;
  timezone: string;
}

/** A desk with the location whose time zone and opening hours its bookings follow. */
export interface DeskInPlace {
  desk: Desk;
  location: Pick<Location, 'timezone' | 'openingHours'>;
}

@Injectable()
export class DesksRepository extends TenantScopedRepository<Desk> {
  constructor(
    @InjectRepository(Desk) private readonly desks: Repository<Desk>,
    private readonly dialect: Dialect,
  ) {
    super(desks, Desk, 'Desk');
  }

  /**
   * Locks these desks' rows until the caller's transaction ends (Dialect.lockForUpdate: id order,
   * each once; nothing on SQLite). Booking writers lock desks before people (BookingWriter).
   */
  async lockForUpdate(m: EntityManager, ids: Iterable<string>): Promise<void> {
    await this.dialect.lockForUpdate(m, Desk, ids);
  }

  /** Those of these desk ids that are desks of this tenant, read in the caller's transaction. */
  async existingIn(m: EntityManager, tenantId: string, ids: readonly string[]): Promise<string[]> {
    return (await m.find(Desk, { where: { tenantId, id: In([...ids]) }, select: { id: true } })).map((d) => d.id);
  }

  /** The desks of this tenant on these floors (id, floor and label only), read in the caller's transaction. */
  onFloors(m: EntityManager, tenantId: string, floorIds: readonly string[]): Promise<Pick<Desk, 'id' | 'floorId' | 'label'>[]> {
    return m.find(Desk, { where: { tenantId, floorId: In([...floorIds]) }, select: { id: true, floorId: true, label: true } });
  }

  /** The desks of a location's floors (or of one of them), by an explicit tenant: also for jobs, which have no request context. */
  ofLocation(tenantId: string, locationId: string, floorId?: string): Promise<Desk[]> {
    const query = this.desks
      .createQueryBuilder('d')
      .innerJoin('d.floor', 'f')
      .where('d.tenantId = :tenantId AND f.locationId = :locationId', { tenantId, locationId });
    if (floorId) query.andWhere('d.floorId = :floorId', { floorId });
    return query.orderBy('d.label').getMany();
  }

  /** The caller's desk and its location in one query (booking a desk needs both); 404 as getById. */
  async getInPlace(id: string): Promise<DeskInPlace> {
    const desk = await this.desks
      .createQueryBuilder('d')
      .innerJoin('d.floor', 'f')
      .innerJoin('f.location', 'l')
      // Partial selection: the floor's plan columns are not needed.
      .addSelect(['f.id', 'l.id', 'l.timezone', 'l.openingHours'])
      .where('d.id = :id AND d.tenantId = :tenantId', { id, tenantId: currentTenantId() })
      .getOne();
    const location = desk?.floor?.location;
    if (!desk || !location) throw new NotFoundError('Desk');
    return { desk, location };
  }

  /** Desk label, floor and location names for the given desks, read in the caller's transaction. */
  async placeNames(m: EntityManager, deskIds: readonly string[]): Promise<Map<string, PlaceNames>> {
    const ids = [...new Set(deskIds)];
    if (ids.length === 0) return new Map();
    const desks = await m.findBy(Desk, { id: In(ids) });
    const floors = await m.findBy(Floor, { id: In([...new Set(desks.map((d) => d.floorId))]) });
    const locations = await m.findBy(Location, { id: In([...new Set(floors.map((f) => f.locationId))]) });
    const floorById = new Map(floors.map((f) => [f.id, f]));
    const locationById = new Map(locations.map((l) => [l.id, l]));
    return new Map(
      desks.map((d) => {
        const floor = floorById.get(d.floorId);
        return [d.id, { label: d.label, floor: floor?.name ?? '', location: (floor && locationById.get(floor.locationId)?.name) ?? '' }];
      }),
    );
  }

  /**
   * These desks of this tenant with their floor and location, in one query whatever their number
   * (the floor's plan image is not read). By an explicit tenant: the calendar feed has no session.
   */
  async placesOf(tenantId: string, deskIds: readonly string[]): Promise<Map<string, DeskPlace>> {
    const ids = [...new Set(deskIds)];
    if (ids.length === 0) return new Map();
    const rows = await this.desks
      .createQueryBuilder('d')
      .innerJoin('d.floor', 'f')
      .innerJoin('f.location', 'l')
      .select('d.id', 'deskId')
      .addSelect('d.label', 'label')
      .addSelect('f.id', 'floorId')
      .addSelect('f.name', 'floorName')
      .addSelect('l.id', 'locationId')
      .addSelect('l.name', 'locationName')
      .addSelect('l.address', 'address')
      .addSelect('l.timezone', 'timezone')
      .where('d.tenantId = :tenantId AND d.id IN (:...ids)', { tenantId, ids })
      .getRawMany<DeskPlace>();
    return new Map(rows.map((row) => [row.deskId, { ...row, address: row.address ?? '' }]));
  }
}
