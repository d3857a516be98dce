import { Module } from '@nestjs/common';
import { AnonymizationController } from './anonymization.controller.js';
import { AnonymizationJobs } from './anonymization.jobs.js';
import { AnonymizationService } from './anonymization.service.js';
import { BookingScrubber } from './booking-scrubber.js';
import { DueBookings } from './due-bookings.js';

@Module({
  controllers: [AnonymizationController],
  providers: [AnonymizationService, AnonymizationJobs, DueBookings, BookingScrubber],
  exports: [AnonymizationService, BookingScrubber],
})
export class AnonymizationModule {}
