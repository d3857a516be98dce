import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DeskBookabilityRepository } from './desk-bookability.repository.js';
import { DeskBookabilityChange } from './entities/desk-bookability-change.entity.js';
import { Desk } from './entities/desk.entity.js';
import { Floor } from './entities/floor.entity.js';
import { Location } from './entities/location.entity.js';
import { FloorDesksCache } from './floor-desks.cache.js';
import { PlacesController } from './places.controller.js';
import { DesksRepository, FloorsRepository, LocationsRepository } from './places.repositories.js';
import { PlacesService } from './places.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Location, Floor, Desk, DeskBookabilityChange])],
  controllers: [PlacesController],
  providers: [PlacesService, LocationsRepository, FloorsRepository, DesksRepository, DeskBookabilityRepository, FloorDesksCache],
  exports: [PlacesService, LocationsRepository, FloorsRepository, DesksRepository, DeskBookabilityRepository],
})
export class PlacesModule {}
