import { Module } from '@nestjs/common';
import { PlacesModule } from '../places/places.module.js';
import { BookingsController } from './bookings.controller.js';
import { BookingsJobs } from './bookings.jobs.js';
import { BookingsRepository } from './bookings.repository.js';
import { BookingsService } from './bookings.service.js';

@Module({
  imports: [PlacesModule],
  controllers: [BookingsController],
  providers: [BookingsService, BookingsRepository, BookingsJobs],
})
export class BookingsModule {}
