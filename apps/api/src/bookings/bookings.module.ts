import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AnonymizationModule } from '../anonymization/anonymization.module.js';
import { ConsentsModule } from '../consents/consents.module.js';
import { PlacesModule } from '../places/places.module.js';
import { BookingWriter } from './booking-writer.service.js';
import { TenantsModule } from '../tenants/tenants.module.js';
import { UsersDataModule } from '../users/users-data.module.js';
import { BookingsController } from './bookings.controller.js';
import { BookingsHousekeeping } from './bookings.housekeeping.js';
import { BookingsJobs } from './bookings.jobs.js';
import { BookingsPersonalData } from './bookings.personal-data.js';
import { BookingsRepository } from './bookings.repository.js';
import { BookingsService } from './bookings.service.js';
import { CalendarEntries } from './calendar-entries.js';
import { FloorAvailability } from './floor-availability.js';
import { BookingIdempotencyKey } from './entities/booking-idempotency-key.entity.js';
import { Booking } from './entities/booking.entity.js';
import { DeskBlock, DeskBlockDesk } from './entities/desk-block.entity.js';
import { DeskBlocksController } from './desk-blocks.controller.js';
import { DeskBlocksRepository } from './desk-blocks.repository.js';
import { DeskBlocksService } from './desk-blocks.service.js';
import { FloorAvailabilityCache } from './floor-availability.cache.js';
import { BookingImportController } from './import/booking-import.controller.js';
import { BookingImportService } from './import/booking-import.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([Booking, BookingIdempotencyKey, DeskBlock, DeskBlockDesk]),
    PlacesModule,
    TenantsModule,
    UsersDataModule,
    AnonymizationModule,
    ConsentsModule,
  ],
  controllers: [BookingsController, BookingImportController, DeskBlocksController],
  providers: [
    BookingsService,
    BookingsRepository,
    BookingWriter,
    BookingsJobs,
    BookingsHousekeeping,
    BookingImportService,
    FloorAvailability,
    FloorAvailabilityCache,
    CalendarEntries,
    BookingsPersonalData,
    DeskBlocksRepository,
    DeskBlocksService,
  ],
  exports: [BookingWriter, DeskBlocksRepository],
})
export class BookingsModule {}
