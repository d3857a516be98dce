import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { datetime } from './columns.js';

/**
 * When a booking was last added for a person (booked or imported). Read with the session on every
 * request, it tells floor availability whether the shared floor view can already hold all of the
 * caller's bookings or whether they must be read fresh. Kept only minutes: the sweep clears it.
 */
export class BookingAddedStamp1764500000000 implements MigrationInterface {
  name = 'BookingAddedStamp1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('users', new TableColumn(datetime('bookingAddedAt', true)));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('users', 'bookingAddedAt');
  }
}
