import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BookingsDataModule } from '../bookings/bookings-data.module.js';
import { TenantsModule } from '../tenants/tenants.module.js';
import { UsersDataModule } from '../users/users-data.module.js';
import { AnonymizationController } from './anonymization.controller.js';
import { AnonymizationJobs } from './anonymization.jobs.js';
import { AnonymizationService } from './anonymization.service.js';
import { BookingScrubber } from './booking-scrubber.service.js';
import { DueBookings } from './due-bookings.js';
import { AnonymizationRun } from './entities/anonymization-run.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([AnonymizationRun]), BookingsDataModule, TenantsModule, UsersDataModule],
  controllers: [AnonymizationController],
  providers: [AnonymizationService, AnonymizationJobs, DueBookings, BookingScrubber],
  exports: [AnonymizationService, BookingScrubber],
})
export class AnonymizationModule {}
