import { API_LIMITS } from '@deskbook/api-client';
import type { Booking, DeskScan } from '../../api/types';

const MINUTE_MS = 60_000;

/** What the desk page offers, by the scan's answer and the clock. */
export type WalkUpView =
  | { kind: 'checkedIn'; booking: Booking }
  | { kind: 'checkIn'; booking: Booking }
  /** The person's booking starts later: check-in opens shortly before (`opensAt`). */
  | { kind: 'checkInLater'; booking: Booking; opensAt: string }
  | { kind: 'bookNow'; from: string; until: string }
  | { kind: 'taken' };

export function walkUpView(scan: Pick<DeskScan, 'booking' | 'status' | 'freeFrom' | 'freeUntil'>, now: Date): WalkUpView {
  const { booking } = scan;
  if (scan.status === 'mine' && booking) {
    if (booking.checkedInAt !== null) return { kind: 'checkedIn', booking };
    const opens = new Date(booking.startsAt).getTime() - API_LIMITS.checkInOpensBeforeMinutes * MINUTE_MS;
    if (now.getTime() < opens) return { kind: 'checkInLater', booking, opensAt: new Date(opens).toISOString() };
    return { kind: 'checkIn', booking };
  }
  if (scan.status === 'free' && scan.freeFrom !== null && scan.freeUntil !== null) {
    return { kind: 'bookNow', from: scan.freeFrom, until: scan.freeUntil };
  }
  return { kind: 'taken' };
}
