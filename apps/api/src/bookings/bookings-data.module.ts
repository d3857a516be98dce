import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BookingsDataRepository } from './bookings-data.repository.js';
import { Booking } from './entities/booking.entity.js';

/**
 * The bookings table for the anonymization sweep and erasure, without the bookings feature's HTTP
 * side: BookingsModule imports AnonymizationModule (its scrubber), so anonymization imports this.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Booking])],
  providers: [BookingsDataRepository],
  exports: [BookingsDataRepository],
})
export class BookingsDataModule {}
