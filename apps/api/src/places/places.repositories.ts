import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
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

@Injectable()
export class DesksRepository extends TenantScopedRepository<Desk> {
  constructor(@InjectRepository(Desk) repository: Repository<Desk>) {
    super(repository, Desk, 'Desk');
  }
}
