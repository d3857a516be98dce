import { Module } from '@nestjs/common';
import { PlacesController } from './places.controller.js';
import { DesksRepository, FloorsRepository, LocationsRepository } from './places.repositories.js';
import { PlacesService } from './places.service.js';

@Module({
  controllers: [PlacesController],
  providers: [PlacesService, LocationsRepository, FloorsRepository, DesksRepository],
  exports: [PlacesService, LocationsRepository, FloorsRepository, DesksRepository],
})
export class PlacesModule {}
