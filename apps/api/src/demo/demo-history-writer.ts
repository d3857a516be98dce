import { Booking } from '../bookings/entities/booking.entity.js';
import { PreparedInsert } from '../database/prepared-insert.js';
import type { TransactionRunner } from '../database/transaction-runner.js';
import { DeskBookabilityChange } from '../places/entities/desk-bookability-change.entity.js';
import { Desk } from '../places/entities/desk.entity.js';
import { Floor } from '../places/entities/floor.entity.js';
import { Location } from '../places/entities/location.entity.js';
import { Tenant } from '../tenants/entities/tenant.entity.js';
import { User } from '../users/entities/user.entity.js';
import { generateBookings, type GeneratedBooking, type HistoryRules } from './booking-history.js';
import type { DemoPerson, DemoPreset } from './demo-company.js';
import type { CreatedLocation } from './demo-places.js';
import type { SeededRandom } from './seeded-random.js';

type BookingRow = GeneratedBooking & { tenantId: string };
const BOOKING_COLUMNS = [
  'id',
  'tenantId',
  'deskId',
  'userId',
  'startsAt',
  'endsAt',
  'visibleToColleagues',
  'visibilityCeiling',
  'checkedInAt',
  'cancelledAt',
  'cancelReason',
  'anonymizedAt',
  'createdAt',
] as const satisfies readonly (keyof BookingRow)[];
/** Rows a statement (13 parameters each, well below SQLite's limit) and statements a transaction. */
const ROWS_PER_STATEMENT = 500;
const STATEMENTS_PER_TRANSACTION = 20;

/**
 * The company existed before its history: the tenant, its places and people are dated to `since`,
 * and so is each desk's first bookability record, which analytics divides past days by.
 */
export async function backdateTenant(tx: TransactionRunner, tenantId: string, since: Date): Promise<void> {
  await tx.run(async (m) => {
    await m.update(Tenant, { id: tenantId }, { createdAt: since });
    for (const entity of [Location, Floor, Desk, User]) await m.update(entity, { tenantId }, { createdAt: since });
    await m.update(DeskBookabilityChange, { tenantId }, { changedAt: since });
  });
}

/**
 * Generates each location's history and writes it in multi-row INSERTs, a transaction per 10,000
 * rows: the one place the demo bypasses the services, as a million bookings one request at a time
 * would take hours. Returns how many rows were written.
 */
export async function insertBookings(
  tx: TransactionRunner,
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
    let batch: BookingRow[] = [];
    const flush = async () => {
      const rows = batch;
      batch = [];
      await tx.run(async (m) => {
        const insert = new PreparedInsert<BookingRow>(m, Booking, BOOKING_COLUMNS);
        for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) await insert.run(m, rows.slice(i, i + ROWS_PER_STATEMENT));
      });
      written += rows.length;
    };
    for (const booking of history) {
      batch.push({ ...booking, tenantId });
      if (batch.length === ROWS_PER_STATEMENT * STATEMENTS_PER_TRANSACTION) await flush();
    }
    if (batch.length) await flush();
  }
  return written;
}
