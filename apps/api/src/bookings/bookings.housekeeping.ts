import { Injectable } from '@nestjs/common';
import { LessThanOrEqual } from 'typeorm';
import { TransactionRunner } from '../database/transaction-runner.js';
import { UsersRepository } from '../users/users.repository.js';
import { BookingIdempotencyKey, IDEMPOTENCY_KEY_TTL_MS } from './entities/booking-idempotency-key.entity.js';
import { BOOKING_SETTLE_MS } from './floor-availability.cache.js';

/**
 * What booking writes leave behind and nothing needs after a while; run by the
 * `bookings.housekeeping` job. Derived from the database alone, so a repeated or lost run changes
 * nothing.
 */
@Injectable()
export class BookingsHousekeeping {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly users: UsersRepository,
  ) {}

  async run(now = new Date()): Promise<void> {
    await this.purgeExpiredIdempotencyKeys(now);
    await this.forgetSettledBookingStamps(now);
  }

  /** Idempotency keys past the client's retry window (the anonymization sweep removes those of due bookings earlier). */
  async purgeExpiredIdempotencyKeys(now = new Date()): Promise<number> {
    const result = await this.tx.run((m) =>
      m.delete(BookingIdempotencyKey, { createdAt: LessThanOrEqual(new Date(now.getTime() - IDEMPOTENCY_KEY_TTL_MS)) }),
    );
    return result.affected ?? 0;
  }

  /**
   * Clears the people's booking stamps (users.bookingAddedAt) that serve nothing any more: past
   * BOOKING_SETTLE_MS, floor availability no longer looks at them, and a stamp kept longer would
   * date someone's last booking after that booking lost its person.
   */
  async forgetSettledBookingStamps(now = new Date()): Promise<number> {
    const settled = new Date(now.getTime() - BOOKING_SETTLE_MS);
    return this.tx.run((m) => this.users.forgetBookingStamps(m, settled));
  }
}
