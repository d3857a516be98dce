import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { hasErrorCode } from '../../../api/api-error';
import type { DeskAvailability } from '../../../api/types';
import { useErrorMessage } from '../../../api/useErrorMessage';
import { myBookingOn } from '../../places';
import { newIdempotencyKey } from '../idempotency-key';
import { OPTIMISTIC_BOOKING_ID } from '../optimistic-booking';
import { useCreateBooking } from './useBookingMutations';
import { useConfirmCancelBooking } from './useConfirmCancelBooking';

interface DeskActionsInput {
  floorId: string | null;
  /** The range the page shows (availability and new bookings), or null when it cannot be booked. */
  range: { from: string; to: string } | null;
  /** The shown range in words, for the confirmation. */
  when: string;
  /** A booking's own range in words (it may differ from the shown one). */
  describe: (booking: { startsAt: string; endsAt: string }) => string;
  /** Only sent where each person decides (visibility user_choice). */
  visibleToColleagues: boolean | undefined;
}

/** Book and Cancel, as the map's card and the list both offer them, with their messages. */
export function useDeskActions({ floorId, range, when, describe, visibleToColleagues }: DeskActionsInput) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const createBooking = useCreateBooking(floorId, range);
  const { confirmCancel } = useConfirmCancelBooking();

  const book = (desk: DeskAvailability) => {
    if (!range) return;
    createBooking.mutate(
      {
        deskId: desk.deskId,
        startsAt: range.from,
        endsAt: range.to,
        visibleToColleagues,
        idempotencyKey: newIdempotencyKey(),
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('book.booked', { label: desk.label, when }) });
        },
        onError: (error) => {
          notifications.show({
            color: 'red',
            title: t('book.bookFailed', { label: desk.label }),
            message: hasErrorCode(error, 'DESK_TAKEN') ? t('book.deskTaken', { label: desk.label }) : errorMessage(error),
          });
        },
      },
    );
  };

  const cancel = (desk: DeskAvailability) => {
    const booking = myBookingOn(desk);
    if (!booking || booking.id === OPTIMISTIC_BOOKING_ID) return;
    confirmCancel({ id: booking.id, label: desk.label, when: describe(booking) });
  };

  const pendingDeskId = createBooking.isPending ? createBooking.variables.deskId : null;
  return { book, cancel, pendingDeskId };
}
