import type { Retention } from '../../lib/retention-days';

/**
 * Why saving this retention change needs a typed confirmation, or null when it does not. Both are
 * irreversible at the next run: a shorter period processes bookings that would have been kept, and
 * switching from anonymizing to deleting also removes the anonymized history utilization reports use.
 */
export interface RetentionConfirmation {
  shortened: boolean;
  toDelete: boolean;
}

export function retentionConfirmation(saved: Retention, edited: Retention): RetentionConfirmation | null {
  const shortened = edited.afterDays < saved.afterDays;
  const toDelete = saved.mode === 'anonymize' && edited.mode === 'delete';
  return shortened || toDelete ? { shortened, toDelete } : null;
}
