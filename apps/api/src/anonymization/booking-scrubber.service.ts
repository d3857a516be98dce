import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BookingsDataRepository } from '../bookings/bookings-data.repository.js';
import { PersonalDataRegistry } from '../common/personal-data/personal-data.registry.js';

/**
 * The one place that removes people from bookings; the sweep and erasure both go through it, inside
 * the caller's transaction, so a booking and everything about it are cleared together or not at all.
 * It changes the booking rows itself and runs every personal-data contributor for what else links
 * those bookings to a person (their audit events, Idempotency-Keys, …).
 * Callers pass at most ~1,000 ids at a time: every statement stays short and the table stays usable.
 */
@Injectable()
export class BookingScrubber {
  constructor(
    private readonly personalData: PersonalDataRegistry,
    private readonly bookings: BookingsDataRepository,
  ) {}

  /**
   * Anonymizes: the row keeps tenant, desk, times, check-in and cancellation (with its reason) and
   * createdAt truncated to the day; it loses the person and their visibility choice (with the ceiling derived from it), and the
   * contributors forget the rest (the Idempotency-Key they sent goes). Rows anonymized before are
   * left alone, so the same ids twice change nothing.
   */
  async anonymize(m: EntityManager, ids: string[], now: Date): Promise<number> {
    if (ids.length === 0) return 0;
    const affected = await this.bookings.anonymize(m, ids, now);
    await this.personalData.anonymizeBookings(m, ids);
    return affected;
  }

  /** Deletes the bookings, after the contributors forgot everything about them (audit events, keys). */
  async remove(m: EntityManager, ids: string[]): Promise<number> {
    if (ids.length === 0) return 0;
    await this.personalData.anonymizeBookings(m, ids);
    return this.bookings.delete(m, ids);
  }
}
