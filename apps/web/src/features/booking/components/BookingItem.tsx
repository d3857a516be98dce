import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconCheck, IconRepeat } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Booking } from '../../../api/types';
import type { FloorPlace } from '../../places';
import type { BookingState } from '../my-bookings';
import { StaffBookingNote } from './StaffBookingNote';

interface BookingItemProps {
  booking: Booking;
  state: BookingState;
  place: FloorPlace | undefined;
  /** "9:00 AM–5:00 PM" in the location's time. */
  times: string;
  /** "Check in by 9:30 AM, or …" where check-in is required and still to do. */
  checkInHint: string | null;
  onCheckIn: (() => void) | null;
  onCancel: (() => void) | null;
  /** Accessible name of the cancel button ("Cancel booking of D12 on Tue, Mar 2, …"). */
  cancelLabel: string;
  busy: boolean;
}

const STATE_BADGES: Partial<
  Record<BookingState, { color: string; key: `myBookings.state.${'cancelled' | 'cancelledByAdmin' | 'released'}` }>
> = {
  cancelled: { color: 'gray', key: 'myBookings.state.cancelled' },
  cancelledByAdmin: { color: 'orange', key: 'myBookings.state.cancelledByAdmin' },
  released: { color: 'red', key: 'myBookings.state.released' },
};

export function BookingItem({ booking, state, place, times, checkInHint, onCheckIn, onCancel, cancelLabel, busy }: BookingItemProps) {
  const { t } = useTranslation();
  const badge = STATE_BADGES[state];
  return (
    <Paper withBorder p="sm" component="li">
      <Group justify="space-between" align="center" wrap="wrap" gap="sm">
        <Stack gap={2}>
          <Group gap="xs">
            <Text fw={600} td={badge ? 'line-through' : undefined} c={badge ? 'dimmed' : undefined}>
              {t('book.desk', { label: booking.deskLabel })}
            </Text>
            {badge && (
              <Badge color={badge.color} variant="light" tt="none">
                {t(badge.key)}
              </Badge>
            )}
            {booking.seriesId && (
              <Badge color="blue" variant="light" tt="none" leftSection={<IconRepeat size={12} aria-hidden />}>
                {t('series.repeats')}
              </Badge>
            )}
            {state === 'checkedIn' && (
              <Badge color="green" variant="light" tt="none" leftSection={<IconCheck size={12} aria-hidden />}>
                {t('myBookings.checkedIn')}
              </Badge>
            )}
          </Group>
          <Text size="sm">{times}</Text>
          <StaffBookingNote booking={booking} />
          {place && (
            <Text size="xs" c="dimmed">
              {t('myBookings.where', { floor: place.floor.name, location: place.location.name })}
            </Text>
          )}
          {booking.cancelNote && (
            <Text size="xs" c="dimmed">
              {t('myBookings.cancelNote', { note: booking.cancelNote })}
            </Text>
          )}
          {checkInHint && (
            <Text size="xs" c="orange.8">
              {checkInHint}
            </Text>
          )}
        </Stack>
        <Group gap="xs">
          {onCheckIn && (
            <Button size="xs" onClick={onCheckIn} loading={busy} aria-label={t('myBookings.checkInDesk', { label: booking.deskLabel })}>
              {t('myBookings.checkIn')}
            </Button>
          )}
          {onCancel && (
            <Button size="xs" variant="light" color="red" onClick={onCancel} disabled={busy} aria-label={cancelLabel}>
              {t('myBookings.cancel')}
            </Button>
          )}
        </Group>
      </Group>
    </Paper>
  );
}
