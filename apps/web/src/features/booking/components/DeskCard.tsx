import { Button, Stack, Switch, Text } from '@mantine/core';
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskAvailability } from '../../../api/types';
import { deskStatusAppearance, myBookingOn } from '../../places';
import { AmenityBadges } from '../../places/ui';
import { OPTIMISTIC_BOOKING_ID } from '../optimistic-booking';
import { DeskStatusSummary } from './DeskStatusMark';

export interface NameChoice {
  checked: boolean;
  onChange: (checked: boolean) => void;
}

interface DeskCardProps {
  desk: DeskAvailability;
  /** "Tue, Mar 2, 9:00 AM–5:00 PM": the range a booking would cover. */
  when: string;
  /** Start–end of a booking in the location's time. */
  bookingTimes: (booking: { startsAt: string; endsAt: string }) => string;
  /** Null when the chosen day cannot be booked (closed, or over). */
  onBook: (() => void) | null;
  onCancel: () => void;
  onClose: () => void;
  /** Why a free desk cannot be booked now ("You already have D12 for this time."), if it cannot. */
  notBookable?: string | null;
  pending: boolean;
  /** The "Show my name to colleagues" switch, only where each person decides. */
  nameChoice: NameChoice | null;
  /** What staff may do for others on this desk (StaffDeskActions), below the card's own action. */
  staffActions?: ReactNode;
  /** Favourite star, "Repeat…" and the desk's menu (DeskCardExtras). */
  extras?: ReactNode;
}

/** What a click on a desk opens: the desk, who has it, and Book or Cancel. */
export function DeskCard({
  desk,
  when,
  bookingTimes,
  onBook,
  onCancel,
  onClose,
  notBookable,
  pending,
  nameChoice,
  staffActions,
  extras,
}: DeskCardProps) {
  const { t } = useTranslation();
  const action = deskStatusAppearance(desk.status).action;
  const mine = myBookingOn(desk);
  const actionRef = useRef<HTMLButtonElement>(null);
  // The card mounts when it first opens (by click or Enter on the desk): keyboard users land on its action.
  useEffect(() => {
    actionRef.current?.focus();
  }, []);
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    }
  };

  return (
    <Stack gap="xs" miw={220} onKeyDown={closeOnEscape}>
      <div>
        <Text fw={700}>{t('book.desk', { label: desk.label })}</Text>
        {desk.zone && (
          <Text size="xs" c="dimmed">
            {desk.zone}
          </Text>
        )}
      </div>
      <AmenityBadges amenities={desk.amenities} />
      <DeskStatusSummary desk={desk} strong />
      {extras}
      {desk.bookings.length > 0 && (
        <Stack gap={2}>
          {desk.bookings.map((booking) => (
            <Text key={booking.id} size="xs" c="dimmed">
              {bookingTimes(booking)}
              {booking.bookedBy && !booking.mine ? ` · ${booking.bookedBy.displayName}` : ''}
            </Text>
          ))}
        </Stack>
      )}
      {action === 'book' && onBook && (
        <>
          <Text size="sm">{when}</Text>
          {nameChoice && (
            <Switch
              size="sm"
              label={t('book.showName')}
              description={t('book.showNameHint')}
              checked={nameChoice.checked}
              onChange={(event) => {
                nameChoice.onChange(event.currentTarget.checked);
              }}
            />
          )}
          <Button ref={actionRef} onClick={onBook} loading={pending} data-autofocus>
            {t('book.book')}
          </Button>
        </>
      )}
      {action === 'book' && !onBook && notBookable && <Text size="sm">{notBookable}</Text>}
      {action === 'cancel' && (
        <Button
          ref={actionRef}
          variant="light"
          color="red"
          onClick={onCancel}
          loading={pending || mine?.id === OPTIMISTIC_BOOKING_ID}
          data-autofocus
        >
          {t('book.cancel')}
        </Button>
      )}
      {staffActions}
    </Stack>
  );
}
