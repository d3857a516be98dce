import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AnonymizationModule } from '../anonymization/anonymization.module.js';
import { PlacesModule } from '../places/places.module.js';
import { Tenant } from '../tenants/entities/tenant.entity.js';
import { User } from '../users/entities/user.entity.js';
import { BookingsController } from './bookings.controller.js';
import { BookingsJobs } from './bookings.jobs.js';
import { BookingsRepository } from './bookings.repository.js';
import { BookingsService } from './bookings.service.js';
import { BookingIdempotencyKey } from './entities/booking-idempotency-key.entity.js';
import { Booking } from './entities/booking.entity.js';
import { FloorAvailabilityCache } from './floor-availability.cache.js';
import { BookingImportController } from './import/booking-import.controller.js';
import { BookingImportService } from './import/booking-import.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([Booking, BookingIdempotencyKey]),
    // TODO(issue 15 merge): remove once bookings.service.ts uses the tenants' and users' exported methods.
    TypeOrmModule.forFeature([Tenant, User]),
    PlacesModule,
    AnonymizationModule,
  ],
  controllers: [BookingsController, BookingImportController],
  providers: [BookingsService, BookingsRepository, BookingsJobs, BookingImportService, FloorAvailabilityCache],
})
export class BookingsModule {}
