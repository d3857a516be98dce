import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DeskBookabilityRepository } from './desk-bookability.repository.js';
import { DeskBookabilityChange } from './entities/desk-bookability-change.entity.js';
import { DeskQrToken } from './entities/desk-qr-token.entity.js';
import { DeskQrController } from './desk-qr.controller.js';
import { DeskQrService } from './desk-qr.service.js';
import { DeskQrTokensRepository } from './desk-qr-tokens.repository.js';
import { Desk } from './entities/desk.entity.js';
import { Floor } from './entities/floor.entity.js';
import { Location } from './entities/location.entity.js';
import { FloorDesksCache } from './floor-desks.cache.js';
import { PlacesController } from './places.controller.js';
import { DesksRepository, FloorsRepository, LocationsRepository } from './places.repositories.js';
import { PlacesService } from './places.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Location, Floor, Desk, DeskBookabilityChange, DeskQrToken])],
  controllers: [PlacesController, DeskQrController],
  providers: [
    PlacesService,
    LocationsRepository,
    FloorsRepository,
    DesksRepository,
    DeskBookabilityRepository,
    FloorDesksCache,
    DeskQrTokensRepository,
    DeskQrService,
  ],
  exports: [PlacesService, LocationsRepository, FloorsRepository, DesksRepository, DeskBookabilityRepository, DeskQrTokensRepository],
})
export class PlacesModule {}
