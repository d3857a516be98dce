import { In, type EntityManager } from 'typeorm';
import { AuditEvent } from '../audit/entities/audit-event.entity.js';
import { BookingIdempotencyKey } from '../bookings/entities/booking-idempotency-key.entity.js';
import { Booking } from '../bookings/entities/booking.entity.js';

/**
 * The one place that removes people from bookings; the sweep and erasure both go through it, inside
 * the caller's transaction, so a booking and everything about it are cleared together or not at all.
 * Callers pass at most ~1,000 ids at a time: every statement stays short and the table stays usable.
 */
export class BookingScrubber {
  /**
   * Anonymizes: the row keeps tenant, desk, times, check-in and cancellation (with its reason) and
   * createdAt truncated to the day; it loses the person and their visibility choice, and the
   * Idempotency-Key they sent goes. Rows anonymized before are left alone, so the same ids twice
   * change nothing.
   */
  async anonymize(m: EntityManager, ids: string[], now: Date): Promise<number> {
    if (ids.length === 0) return 0;
    const result = await m
      .createQueryBuilder()
      .update(Booking)
      .set({ userId: null, visibleToColleagues: null, anonymizedAt: now, createdAt: () => this.startOfDay(m, 'createdAt') })
      .where({ id: In(ids) })
      .andWhere('anonymizedAt IS NULL')
      .execute();
    await this.forgetAuditEvents(m, ids);
    await m.delete(BookingIdempotencyKey, { bookingId: In(ids) });
    return result.affected ?? 0;
  }

  /** Deletes the bookings and every audit event about them (their idempotency keys go by cascade). */
  async remove(m: EntityManager, ids: string[]): Promise<number> {
    if (ids.length === 0) return 0;
    await this.forgetAuditEvents(m, ids);
    const result = await m.delete(Booking, { id: In(ids) });
    return result.affected ?? 0;
  }

  /** Audit events about a booking name who acted on it: they go when the booking loses its person. */
  private async forgetAuditEvents(m: EntityManager, bookingIds: string[]): Promise<void> {
    await m.delete(AuditEvent, { targetType: 'booking', targetId: In(bookingIds) });
  }

  /** SQL for midnight (UTC) of a datetime column, as each dialect stores it. */
  private startOfDay(m: EntityManager, column: string): string {
    const escaped = m.connection.driver.escape(column);
    // TypeORM keeps SQLite datetimes as 'YYYY-MM-DD HH:MM:SS.SSS' text in UTC.
    return m.connection.options.type === 'better-sqlite3' ? `substr(${escaped}, 1, 10) || ' 00:00:00.000'` : `DATE(${escaped})`;
  }
}
