import type { CancelReason } from '../bookings/entities/booking.entity.js';
import type { LocalDay } from './local-days.js';

/** What the rollup needs of a booking: times and outcome, never the person. */
export interface UsageBooking {
  deskId: string;
  startsAt: Date;
  endsAt: Date;
  checkedInAt: Date | null;
  cancelledAt: Date | null;
  cancelReason: CancelReason | null;
  /** Truncated to the day once anonymized; lead times are counted in whole UTC days, so both read alike. */
  createdAt: Date;
}

export interface UsageDesk {
  id: string;
  floorId: string;
  zone: string | null;
}

/** The counts of one scope on one day (the columns of utilization_days). */
export interface ScopeUsage {
  floorId: string;
  zone: string;
  bookings: number;
  bookedMinutes: number;
  desksUsed: number;
  peakConcurrent: number;
  checkIns: number;
  noShows: number;
  cancellations: number;
  hourlyDesks: number[];
  leadTimes: Record<string, number>;
}

export interface DeskUsage {
  deskId: string;
  floorId: string;
  bookings: number;
  bookedMinutes: number;
}

const DAY_MS = 86_400_000;

/**
 * The rollup of one location day: the bookings that start that local day, counted per scope (the
 * location, each floor, each zone of either) and per desk. Definitions (README "Utilization analytics"):
 * - a cancelled booking counts only as a cancellation; a released no-show is a booking that held
 *   its desk until it was released;
 * - booked minutes are clipped to the day's opening hours;
 * - the peak is the most bookings running at one instant; hourly figures are desks booked during
 *   each local clock hour;
 * - lead time is whole UTC days from creation to start.
 */
export function dayUsage(
  day: LocalDay,
  desks: ReadonlyMap<string, UsageDesk>,
  bookings: readonly UsageBooking[],
): { scopes: ScopeUsage[]; desks: DeskUsage[] } {
  const scopes = new Map<string, Accumulator>();
  const perDesk = new Map<string, DeskUsage>();
  for (const booking of bookings) {
    const desk = desks.get(booking.deskId);
    if (!desk) continue;
    const keys = scopeKeys(desk);
    const accumulators = keys.map((key) => {
      let acc = scopes.get(key.id);
      if (!acc) scopes.set(key.id, (acc = new Accumulator(key.floorId, key.zone)));
      return acc;
    });
    if (booking.cancelledAt && booking.cancelReason !== 'no_show') {
      for (const acc of accumulators) acc.cancellations++;
      continue;
    }
    const start = booking.startsAt.getTime();
    const end =
      booking.cancelReason === 'no_show' && booking.cancelledAt
        ? Math.max(start, Math.min(booking.endsAt.getTime(), booking.cancelledAt.getTime()))
        : booking.endsAt.getTime();
    const minutes = Math.max(0, Math.min(end, day.closeMs) - Math.max(start, day.openMs)) / 60_000;
    const lead = Math.max(0, Math.floor(start / DAY_MS) - Math.floor(booking.createdAt.getTime() / DAY_MS));
    for (const acc of accumulators) acc.add(desk.id, start, end, minutes, booking, lead, day);
    const d = perDesk.get(desk.id) ?? { deskId: desk.id, floorId: desk.floorId, bookings: 0, bookedMinutes: 0 };
    d.bookings++;
    d.bookedMinutes += minutes;
    perDesk.set(desk.id, d);
  }
  return {
    scopes: [...scopes.values()].map((acc) => acc.result()),
    desks: [...perDesk.values()].map((d) => ({ ...d, bookedMinutes: Math.round(d.bookedMinutes) })),
  };
}

function scopeKeys(desk: UsageDesk): { id: string; floorId: string; zone: string }[] {
  const keys = [
    { floorId: '', zone: '' },
    { floorId: desk.floorId, zone: '' },
  ];
  if (desk.zone) keys.push({ floorId: '', zone: desk.zone }, { floorId: desk.floorId, zone: desk.zone });
  return keys.map((k) => ({ ...k, id: `${k.floorId}\u0000${k.zone}` }));
}

class Accumulator {
  private bookings = 0;
  private bookedMinutes = 0;
  private checkIns = 0;
  private noShows = 0;
  cancellations = 0;
  private readonly desksUsed = new Set<string>();
  private readonly hourly: Set<string>[] = Array.from({ length: 24 }, () => new Set<string>());
  private readonly leadTimes: Record<string, number> = {};
  private readonly intervals: [number, number][] = [];

  constructor(
    private readonly floorId: string,
    private readonly zone: string,
  ) {}

  add(deskId: string, start: number, end: number, minutes: number, booking: UsageBooking, lead: number, day: LocalDay): void {
    this.bookings++;
    this.bookedMinutes += minutes;
    if (booking.checkedInAt) this.checkIns++;
    if (booking.cancelReason === 'no_show') this.noShows++;
    this.desksUsed.add(deskId);
    this.leadTimes[lead] = (this.leadTimes[lead] ?? 0) + 1;
    if (end > start) this.intervals.push([start, end]);
    for (const hour of localHours(start, Math.min(end, day.endMs), day)) this.hourly[hour].add(deskId);
  }

  result(): ScopeUsage {
    return {
      floorId: this.floorId,
      zone: this.zone,
      bookings: this.bookings,
      bookedMinutes: Math.round(this.bookedMinutes),
      desksUsed: this.desksUsed.size,
      peakConcurrent: peak(this.intervals),
      checkIns: this.checkIns,
      noShows: this.noShows,
      cancellations: this.cancellations,
      hourlyDesks: this.hourly.map((desks) => desks.size),
      leadTimes: this.leadTimes,
    };
  }
}

/** The local clock hours [start, end) touches (a 25-hour day's repeated hour is one hour). */
function localHours(start: number, end: number, day: LocalDay): number[] {
  return day.hours.filter((h) => h.startMs < end && h.endMs > start).map((h) => h.hour);
}

/** Most intervals open at one instant; an interval ending when another starts does not overlap it. */
function peak(intervals: [number, number][]): number {
  const events: [number, number][] = [];
  for (const [s, e] of intervals) events.push([s, 1], [e, -1]);
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let running = 0;
  let max = 0;
  for (const [, delta] of events) {
    running += delta;
    if (running > max) max = running;
  }
  return max;
}
