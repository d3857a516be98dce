import { Button, Stack } from '@mantine/core';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskAvailability } from '../../../api/types';
import { OPTIMISTIC_BOOKING_ID } from '../optimistic-booking';
import { othersBookings } from '../staff-actions';
import { BookForPersonModal } from './BookForPersonModal';
import { CancelWithReasonModal } from './CancelWithReasonModal';

interface StaffDeskActionsProps {
  desk: DeskAvailability;
  /** The range the page shows, or null when the day cannot be booked. */
  range: { from: string; to: string } | null;
  when: string;
  /** A booking's own range in words. */
  describe: (booking: { startsAt: string; endsAt: string }) => string;
  /** Closes the desk card once an action is done. */
  onDone: () => void;
}

/**
 * What facility managers and admins may do on a desk card besides their own booking: cancel someone's
 * booking with a reason, or book a free desk for someone. Nothing here names the person who booked:
 * staff act on "a booking", as the visibility rule shows it to them.
 */
export function StaffDeskActions({ desk, range, when, describe, onDone }: StaffDeskActionsProps) {
  const { t } = useTranslation();
  const [cancelling, setCancelling] = useState<{ id: string; label: string; when: string } | null>(null);
  const [booking, setBooking] = useState(false);
  const cancellable = othersBookings(desk).filter((b) => b.id !== OPTIMISTIC_BOOKING_ID);
  const canBookFor = desk.status === 'free' && range !== null;
  if (cancellable.length === 0 && !canBookFor) return null;

  // The desk card closes on Escape; Escape in one of these dialogs closes only the dialog.
  const keepEscapeInDialog = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && (cancelling || booking)) event.stopPropagation();
  };

  return (
    <Stack gap={4} onKeyDown={keepEscapeInDialog}>
      {cancellable.map((b) => {
        const bookingWhen = describe(b);
        return (
          <Button
            key={b.id}
            size="xs"
            variant="subtle"
            color="red"
            aria-label={t('staffActions.cancel.open', { label: desk.label, when: bookingWhen })}
            onClick={() => {
              setCancelling({ id: b.id, label: desk.label, when: bookingWhen });
            }}
          >
            {t('staffActions.cancel.button')}
          </Button>
        );
      })}
      {canBookFor && (
        <Button
          size="xs"
          variant="light"
          onClick={() => {
            setBooking(true);
          }}
        >
          {t('staffActions.book.button')}
        </Button>
      )}
      <CancelWithReasonModal
        opened={cancelling !== null}
        booking={cancelling}
        onClose={() => {
          setCancelling(null);
        }}
        onCancelled={onDone}
      />
      {range && (
        <BookForPersonModal
          opened={booking}
          desk={desk}
          range={range}
          when={when}
          onClose={() => {
            setBooking(false);
          }}
          onBooked={onDone}
        />
      )}
    </Stack>
  );
}
