import type { TenantSettings } from '../api/types';

export type Retention = TenantSettings['privacy']['retention'];

/**
 * The period in whole days for sentences about it. A period being edited (empty, not a whole number)
 * reads as 0 days; the texts have a `_zero` form ("as soon as they end").
 */
export function retentionDays(retention: Retention): number {
  return Number.isInteger(retention.afterDays) && retention.afterDays > 0 ? retention.afterDays : 0;
}
