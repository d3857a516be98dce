import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../common/context/request-context.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { DesksRepository } from '../places/places.repositories.js';
import { UsersRepository } from '../users/users.repository.js';
import type { FavouriteDeskDto } from './dto/favourite.dto.js';
import { FavouritesRepository } from './favourites.repository.js';

@Injectable()
export class FavouritesService {
  constructor(
    private readonly favourites: FavouritesRepository,
    private readonly desks: DesksRepository,
    private readonly users: UsersRepository,
    private readonly tx: TransactionRunner,
  ) {}

  async list(principal: Principal): Promise<FavouriteDeskDto[]> {
    return (await this.favourites.of(principal.userId)).map((f) => ({
      deskId: f.deskId,
      label: f.label,
      floorId: f.floorId,
      floorName: f.floorName,
      locationId: f.locationId,
      locationName: f.locationName,
      usual: f.usual,
    }));
  }

  async add(principal: Principal, deskId: string): Promise<void> {
    await this.desks.getById(deskId);
    await this.write(principal, (m) => this.favourites.add(m, principal.tenantId, principal.userId, deskId, new Date()));
  }

  async remove(principal: Principal, deskId: string): Promise<void> {
    await this.write(principal, (m) => this.favourites.remove(m, principal.userId, deskId));
  }

  async setUsual(principal: Principal, deskId: string): Promise<void> {
    await this.desks.getById(deskId);
    await this.write(principal, (m) => this.favourites.setUsual(m, principal.tenantId, principal.userId, deskId, new Date()));
  }

  async clearUsual(principal: Principal): Promise<void> {
    await this.write(principal, (m) => this.favourites.clearUsual(m, principal.userId));
  }

  /** Under the person's row lock: two requests at once cannot leave two usual desks or insert one favourite twice. */
  private write(principal: Principal, work: (m: EntityManager) => Promise<void>): Promise<void> {
    return this.tx.run(async (m) => {
      await this.users.lockForUpdate(m, [principal.userId]);
      await work(m);
    });
  }
}
