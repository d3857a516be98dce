import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Booking } from '../../../api/types';
import { staffNotes } from '../staff-actions';

/** On one's own booking in "My bookings": who from staff booked it, and why staff cancelled it. */
export function StaffBookingNote({ booking }: { booking: Booking }) {
  const { t } = useTranslation();
  const { bookedBy, cancelNote } = staffNotes(booking);
  return (
    <>
      {bookedBy && (
        <Text size="xs" c="dimmed">
          {t('staffActions.mine.bookedFor', { name: bookedBy })}
        </Text>
      )}
      {cancelNote && <Text size="sm">{t('staffActions.mine.cancelledBecause', { reason: cancelNote })}</Text>}
    </>
  );
}
