import { Module } from '@nestjs/common';
import { FloorDesksCache } from './floor-desks.cache.js';
import { PlacesController } from './places.controller.js';
import { DesksRepository, FloorsRepository, LocationsRepository } from './places.repositories.js';
import { PlacesService } from './places.service.js';

@Module({
  controllers: [PlacesController],
  providers: [PlacesService, LocationsRepository, FloorsRepository, DesksRepository, FloorDesksCache],
  exports: [PlacesService, LocationsRepository, FloorsRepository, DesksRepository],
})
export class PlacesModule {}
