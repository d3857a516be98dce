import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskAvailability } from '../../../api/types';
import { deskSummary } from '../../places';

/** "Free", "Booked by Anna Schmidt", "Your booking" … for a desk, in the reader's language. */
export function useDeskSummary(): (desk: Pick<DeskAvailability, 'status' | 'bookings'>) => string {
  const { t } = useTranslation();
  return useCallback(
    (desk) => {
      const summary = deskSummary(desk);
      return 'values' in summary ? t(summary.key, summary.values) : t(summary.key);
    },
    [t],
  );
}
