import type { Booking } from '../bookings/entities/booking.entity.js';
import type { BookingWriter } from '../bookings/booking-writer.service.js';
import type { TransactionRunner } from '../database/transaction-runner.js';
import type { DeskBookabilityRepository } from '../places/desk-bookability.repository.js';
import { generateBookings, type HistoryRules } from './booking-history.js';
import type { DemoPerson, DemoPreset } from './demo-company.js';
import type { CreatedLocation } from './demo-places.js';
import type { SeededRandom } from './seeded-random.js';

/** Rows a transaction: BookingWriter writes them a few hundred a statement. */
const ROWS_PER_TRANSACTION = 10_000;

/**
 * The desks existed before the history: each gets a bookability record dated `since` (next to the one
 * of its creation today), which analytics divides past days by.
 */
export async function desksExistedSince(
  tx: TransactionRunner,
  bookability: DeskBookabilityRepository,
  tenantId: string,
  locations: CreatedLocation[],
  since: Date,
): Promise<void> {
  const desks = locations.flatMap((l) => l.floors.flatMap((f) => f.desks));
  await tx.run(async (m) => {
    for (const desk of desks) await bookability.record(m, { id: desk.id, tenantId, bookable: desk.bookable }, since);
  });
}

/**
 * Generates each location's history and writes it with BookingWriter's multi-row INSERTs (as the
 * import does), a transaction per 10,000 rows: the one place the demo skips the booking rules' checks
 * (the generator keeps them by construction), as a million bookings one request at a time would take
 * hours. Returns how many rows were written.
 */
export async function insertBookings(
  tx: TransactionRunner,
  writer: BookingWriter,
  tenantId: string,
  locations: CreatedLocation[],
  people: DemoPerson[],
  userIds: string[],
  preset: DemoPreset,
  rules: HistoryRules,
  random: SeededRandom,
): Promise<number> {
  const residents = locations.map((_, l) => people.flatMap((p, i) => (p.home === l ? [{ id: userIds[i], attendance: p.attendance }] : [])));
  let written = 0;
  for (const [l, location] of locations.entries()) {
    const history = generateBookings(
      {
        timezone: location.timezone,
        openingHours: location.openingHours,
        desks: location.floors.flatMap((f) => f.desks),
        people: residents[l],
        bookings: Math.round((preset.bookings * residents[l].length) / people.length),
      },
      rules,
      random.fork(location.name),
    );
    let batch: Booking[] = [];
    const flush = async () => {
      const rows = batch;
      batch = [];
      await tx.run((m) => writer.insert(m, rows));
      written += rows.length;
    };
    for (const booking of history) {
      // The generator makes single, self-made bookings: no series, no staff, no notes.
      batch.push({ ...booking, tenantId, cancelNote: null, seriesId: null, bookedById: null });
      if (batch.length === ROWS_PER_TRANSACTION) await flush();
    }
    if (batch.length) await flush();
  }
  return written;
}
