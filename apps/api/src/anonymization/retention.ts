import type { TenantSettings } from '../tenants/settings.js';

export type Retention = TenantSettings['privacy']['retention'];

const DAY_MS = 86_400_000;

/**
 * A booking is due once `endsAt + afterDays days <= now` (DESIGN.md "Anonymization periods"),
 * i.e. once it ended at or before this instant. Cancelled bookings are due the same way.
 */
export function dueCutoff(now: Date, afterDays: number): Date {
  return new Date(now.getTime() - afterDays * DAY_MS);
}

export function isDue(endsAt: Date, now: Date, afterDays: number): boolean {
  return endsAt.getTime() <= dueCutoff(now, afterDays).getTime();
}
