import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BookingIdempotencyKey } from '../bookings/entities/booking-idempotency-key.entity.js';
import { Booking } from '../bookings/entities/booking.entity.js';
import { Tenant } from '../tenants/entities/tenant.entity.js';
import { User } from '../users/entities/user.entity.js';
import { AnonymizationController } from './anonymization.controller.js';
import { AnonymizationJobs } from './anonymization.jobs.js';
import { AnonymizationService } from './anonymization.service.js';
import { BookingScrubber } from './booking-scrubber.js';
import { DueBookings } from './due-bookings.js';
import { AnonymizationRun } from './entities/anonymization-run.entity.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([AnonymizationRun]),
    // TODO(issue 15 merge): remove once anonymization uses the bookings', tenants' and users' exported methods.
    TypeOrmModule.forFeature([Booking, BookingIdempotencyKey, Tenant, User]),
  ],
  controllers: [AnonymizationController],
  providers: [AnonymizationService, AnonymizationJobs, DueBookings, BookingScrubber],
  exports: [AnonymizationService, BookingScrubber],
})
export class AnonymizationModule {}
