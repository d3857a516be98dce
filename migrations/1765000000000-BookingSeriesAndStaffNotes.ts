import { TableColumn, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { ref, varchar } from './columns.js';

/**
 * Three booking columns for booking in real offices (issue 18), added together so the bookings table
 * is rebuilt once on SQLite:
 * - `seriesId`: the occurrences of one recurring or multi-day booking share it (cancel the rest of a series).
 * - `bookedById`: the staff member who booked for the person (the person sees who); NULL when they booked themselves.
 * - `cancelNote`: the reason staff gave when cancelling someone's booking or blocking its desk.
 * All three go at anonymization: a series would link anonymized occurrences to the person's later
 * ones, the staff member is a person, and the note is free text.
 */
export class BookingSeriesAndStaffNotes1765000000000 implements MigrationInterface {
  name = 'BookingSeriesAndStaffNotes1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('bookings', [
      new TableColumn(ref('seriesId', true)),
      new TableColumn(ref('bookedById', true)),
      new TableColumn(varchar('cancelNote', 500, true)),
    ]);
    await q.createIndex('bookings', new TableIndex({ name: 'IDX_bookings_series', columnNames: ['seriesId'] }));
    await q.createForeignKey(
      'bookings',
      new TableForeignKey({
        name: 'FK_bookings_booked_by',
        columnNames: ['bookedById'],
        referencedTableName: 'users',
        referencedColumnNames: ['id'],
        onDelete: 'SET NULL',
        onUpdate: 'NO ACTION',
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropForeignKey('bookings', 'FK_bookings_booked_by');
    await q.dropIndex('bookings', 'IDX_bookings_series');
    await q.dropColumns('bookings', ['seriesId', 'bookedById', 'cancelNote']);
  }
}
