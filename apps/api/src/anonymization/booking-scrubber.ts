import type { EntityManager } from 'typeorm';
import { Booking } from '../bookings/entities/booking.entity.js';
import { Dialect } from '../database/dialect.js';

/**
 * The one place that removes people from bookings; the sweep and erasure both go through it, inside
 * the caller's transaction, so a booking and everything about it are cleared together or not at all.
 * Callers pass at most ~1,000 ids at a time: every statement stays short and the table stays usable.
 *
 * Plain SQL with one placeholder per id: built through the query builder, a statement of 1,000 ids
 * cost the API more CPU than the database needed to run it, beside bookings on the same process.
 */
export class BookingScrubber {
  /**
   * Anonymizes: the row keeps tenant, desk, times, check-in and cancellation (with its reason) and
   * createdAt truncated to the day; it loses the person and their visibility choice (with the ceiling derived from it), and the
   * Idempotency-Key they sent goes. Rows anonymized before are left alone, so the same ids twice
   * change nothing.
   */
  async anonymize(m: EntityManager, ids: string[], now: Date): Promise<number> {
    if (ids.length === 0) return 0;
    const q = quoter(m);
    const anonymizedAt: unknown = m.connection.driver.preparePersistentValue(
      now,
      m.connection.getMetadata(Booking).findColumnWithPropertyName('anonymizedAt')!,
    );
    const affected = await execute(
      m,
      `UPDATE ${q('bookings')} SET ${q('userId')} = NULL, ${q('visibleToColleagues')} = NULL, ${q('visibilityCeiling')} = NULL, ${q('anonymizedAt')} = ?, ${q('createdAt')} = ${Dialect.of(m).startOfDay(q('createdAt'))}
       WHERE ${q('id')} IN (${placeholders(ids)}) AND ${q('anonymizedAt')} IS NULL`,
      [anonymizedAt, ...ids],
    );
    await forgetAuditEvents(m, ids);
    await execute(m, `DELETE FROM ${q('booking_idempotency_keys')} WHERE ${q('bookingId')} IN (${placeholders(ids)})`, ids);
    return affected;
  }

  /** Deletes the bookings and every audit event about them (their idempotency keys go by cascade). */
  async remove(m: EntityManager, ids: string[]): Promise<number> {
    if (ids.length === 0) return 0;
    await forgetAuditEvents(m, ids);
    const q = quoter(m);
    return execute(m, `DELETE FROM ${q('bookings')} WHERE ${q('id')} IN (${placeholders(ids)})`, ids);
  }
}

/** Audit events about a booking name who acted on it: they go when the booking loses its person. */
function forgetAuditEvents(m: EntityManager, bookingIds: string[]): Promise<number> {
  const q = quoter(m);
  return execute(
    m,
    `DELETE FROM ${q('audit_events')} WHERE ${q('targetType')} = 'booking' AND ${q('targetId')} IN (${placeholders(bookingIds)})`,
    bookingIds,
  );
}

/** Runs a write in `m`'s transaction; the rows it changed. */
async function execute(m: EntityManager, sql: string, parameters: unknown[]): Promise<number> {
  const result = await m.queryRunner!.query(sql, parameters, true);
  return result.affected ?? 0;
}

function quoter(m: EntityManager): (name: string) => string {
  const { driver } = m.connection;
  return (name) => driver.escape(name);
}

function placeholders(values: readonly unknown[]): string {
  return values.map(() => '?').join(', ');
}
