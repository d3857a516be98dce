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
import { BookingMails } from './booking-mails.service.js';
import { BookingsService } from './bookings.service.js';
import { CalendarEntries } from './calendar-entries.js';
import { CalendarFeedsController } from './calendar-feeds.controller.js';
import { CalendarFeedsRepository } from './calendar-feeds.repository.js';
import { CalendarFeedsService } from './calendar-feeds.service.js';
import { ColleagueSearch } from './colleague-search.service.js';
import { ColleaguesController } from './colleagues.controller.js';
import { CalendarFeed } from './entities/calendar-feed.entity.js';
import { FloorAvailability } from './floor-availability.js';
import { BookingIdempotencyKey } from './entities/booking-idempotency-key.entity.js';
import { Booking } from './entities/booking.entity.js';
import { DeskFavourite } from './entities/desk-favourite.entity.js';
import { FavouritesController } from './favourites.controller.js';
import { FavouritesRepository } from './favourites.repository.js';
import { FavouritesService } from './favourites.service.js';
import { DeskBlock, DeskBlockDesk } from './entities/desk-block.entity.js';
import { DeskBlocksController } from './desk-blocks.controller.js';
import { DeskBlocksRepository } from './desk-blocks.repository.js';
import { DeskBlocksService } from './desk-blocks.service.js';
import { FloorAvailabilityCache } from './floor-availability.cache.js';
import { BookingImportController } from './import/booking-import.controller.js';
import { BookingImportService } from './import/booking-import.service.js';
import { WalkUpController } from './walk-up.controller.js';
import { WalkUpService } from './walk-up.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([Booking, BookingIdempotencyKey, CalendarFeed, DeskFavourite, DeskBlock, DeskBlockDesk]),
    PlacesModule,
    TenantsModule,
    UsersDataModule,
    AnonymizationModule,
    ConsentsModule,
  ],
  controllers: [
    BookingsController,
    BookingImportController,
    WalkUpController,
    ColleaguesController,
    CalendarFeedsController,
    FavouritesController,
    DeskBlocksController,
  ],
  providers: [
    BookingsService,
    BookingMails,
    BookingsRepository,
    BookingWriter,
    BookingsJobs,
    BookingsHousekeeping,
    BookingImportService,
    FloorAvailability,
    FloorAvailabilityCache,
    CalendarEntries,
    CalendarFeedsRepository,
    CalendarFeedsService,
    ColleagueSearch,
    BookingsPersonalData,
    WalkUpService,
    FavouritesRepository,
    FavouritesService,
    DeskBlocksRepository,
    DeskBlocksService,
  ],
  exports: [BookingWriter, DeskBlocksRepository],
})
export class BookingsModule {}
