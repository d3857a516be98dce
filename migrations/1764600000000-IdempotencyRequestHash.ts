import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { varchar } from './columns.js';

/**
 * The SHA-256 of the request an Idempotency-Key made its booking with, so the same key sent with a
 * different request is refused instead of answered with the first booking. Keys stored before stay
 * without one (null) and keep answering as before until they expire a day later.
 */
export class IdempotencyRequestHash1764600000000 implements MigrationInterface {
  name = 'IdempotencyRequestHash1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('booking_idempotency_keys', new TableColumn(varchar('requestHash', 64, true)));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('booking_idempotency_keys', 'requestHash');
  }
}
