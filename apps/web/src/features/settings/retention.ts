import type { TenantSettings } from '../../api/types';

type Retention = TenantSettings['privacy']['retention'];

/**
 * Shortening the retention period makes the next anonymization run remove bookings that would have been
 * kept: irreversible, so the interface asks for a typed confirmation.
 */
export function isRetentionShortened(saved: Retention, edited: Retention): boolean {
  return edited.afterDays < saved.afterDays;
}
