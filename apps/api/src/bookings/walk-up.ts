import { DateTime } from 'luxon';
import { minutesOfDay, weekdayKey, type OpeningHours } from '../places/opening-hours.js';
import type { TenantSettings } from '../tenants/settings.js';

/** What a scanned desk offers someone standing at it who holds no booking there. */
export interface WalkUpWindow {
  status: 'free' | 'booked' | 'unavailable';
  /** Where a walk-up booking starts: the start of the slot running now (the booking rules accept it). */
  freeFrom: Date | null;
  /** Where it ends at the latest: the desk's next booking, closing time, the longest booking allowed, or the caller's own next booking elsewhere. */
  freeUntil: Date | null;
}

export interface WalkUpInput {
  now: Date;
  timezone: string;
  openingHours: OpeningHours;
  bookable: boolean;
  rules: Pick<TenantSettings['booking'], 'slotMinutes' | 'maxDurationMinutes'>;
  /** Other people's active bookings of this desk that end after now. */
  deskBookings: readonly { startsAt: Date; endsAt: Date }[];
  /** The caller's own active bookings on other desks that end after now. */
  ownElsewhere: readonly { startsAt: Date; endsAt: Date }[];
}

const NOT_FREE = (status: 'booked' | 'unavailable'): WalkUpWindow => ({ status, freeFrom: null, freeUntil: null });

/**
 * The walk-up offer, judged in the location's time zone like the booking rules: from the start of the
 * running slot until the first of the desk's next booking, closing time today, the longest booking
 * allowed and the caller's next booking elsewhere, on the slot grid. `booked` when someone else holds
 * the running slot; `unavailable` when the desk cannot be booked or the office is closed now.
 */
export function walkUpWindow(input: WalkUpInput): WalkUpWindow {
  if (!input.bookable) return NOT_FREE('unavailable');
  const now = DateTime.fromJSDate(input.now, { zone: input.timezone });
  const slot = input.rules.slotMinutes;
  const dayStart = now.startOf('day');
  const from = downToSlot(now, slot);
  const slotEnd = from.plus({ minutes: slot });
  if (input.deskBookings.some((b) => b.startsAt.getTime() < slotEnd.toMillis() && b.endsAt.getTime() > from.toMillis())) {
    return NOT_FREE('booked');
  }
  const hours = input.openingHours[weekdayKey(now.weekday)];
  if (!hours) return NOT_FREE('unavailable');
  const open = dayStart.plus({ minutes: minutesOfDay(hours.open) });
  const close = dayStart.plus({ minutes: minutesOfDay(hours.close) });
  if (from < open || now >= close) return NOT_FREE('unavailable');

  let until = Math.min(close.toMillis(), from.plus({ minutes: input.rules.maxDurationMinutes }).toMillis());
  for (const b of [...input.deskBookings, ...input.ownElsewhere]) {
    if (b.startsAt.getTime() >= slotEnd.toMillis()) until = Math.min(until, b.startsAt.getTime());
  }
  // Down to the slot grid of the local clock, as the rules want the end.
  const onGrid = downToSlot(DateTime.fromMillis(until, { zone: input.timezone }), slot);
  if (onGrid <= from) return NOT_FREE('unavailable');
  return { status: 'free', freeFrom: from.toJSDate(), freeUntil: onGrid.toJSDate() };
}

/** The start of the slot `t` falls in, on the local clock (as booking-rules.ts reads slots). */
function downToSlot(t: DateTime, slot: number): DateTime {
  return t.startOf('minute').minus({ minutes: (t.hour * 60 + t.minute) % slot });
}
