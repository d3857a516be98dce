import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { NotFoundError } from '../common/errors/domain-error.js';
import { currentTenantId } from '../common/tenancy/tenant-context.js';
import { TenantScopedRepository } from '../common/tenancy/tenant-scoped.repository.js';
import { Desk } from './entities/desk.entity.js';
import { Floor } from './entities/floor.entity.js';
import { Location } from './entities/location.entity.js';

@Injectable()
export class LocationsRepository extends TenantScopedRepository<Location> {
  constructor(@InjectRepository(Location) repository: Repository<Location>) {
    super(repository, Location, 'Location');
  }
}

@Injectable()
export class FloorsRepository extends TenantScopedRepository<Floor> {
  constructor(@InjectRepository(Floor) repository: Repository<Floor>) {
    super(repository, Floor, 'Floor');
  }
}

/** A desk with the location whose time zone and opening hours its bookings follow. */
export interface DeskInPlace {
  desk: Desk;
  location: Pick<Location, 'timezone' | 'openingHours'>;
}

@Injectable()
export class DesksRepository extends TenantScopedRepository<Desk> {
  constructor(@InjectRepository(Desk) private readonly desks: Repository<Desk>) {
    super(desks, Desk, 'Desk');
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
}
