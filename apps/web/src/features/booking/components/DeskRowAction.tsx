import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DeskAvailability } from '../../../api/types';
import { deskStatusAppearance, myBookingOn } from '../../places';
import { OPTIMISTIC_BOOKING_ID } from '../optimistic-booking';

interface DeskRowActionProps {
  desk: DeskAvailability;
  canBook: boolean;
  pending: boolean;
  onBook: (desk: DeskAvailability) => void;
  onCancel: (desk: DeskAvailability) => void;
  /** The table's small buttons; the phone's cards use full-size ones. */
  compact?: boolean;
}

/** A desk's one action in the list (table row or phone card): Book a free desk, Cancel one's own, or nothing. */
export function DeskRowAction({ desk, canBook, pending, onBook, onCancel, compact = false }: DeskRowActionProps) {
  const { t } = useTranslation();
  const action = deskStatusAppearance(desk.status).action;
  const size = compact ? 'compact-sm' : undefined;
  if (action === 'book' && canBook) {
    return (
      <Button
        size={size}
        loading={pending}
        aria-label={t('book.bookDesk', { label: desk.label })}
        onClick={() => {
          onBook(desk);
        }}
      >
        {t('book.book')}
      </Button>
    );
  }
  if (action === 'cancel') {
    return (
      <Button
        size={size}
        variant="light"
        color="red"
        loading={pending || myBookingOn(desk)?.id === OPTIMISTIC_BOOKING_ID}
        aria-label={t('book.cancelDesk', { label: desk.label })}
        onClick={() => {
          onCancel(desk);
        }}
      >
        {t('book.cancel')}
      </Button>
    );
  }
  return null;
}
