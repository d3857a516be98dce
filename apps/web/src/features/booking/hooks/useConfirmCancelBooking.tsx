import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../api/useErrorMessage';
import { useCancelBooking } from './useBookingMutations';

/** Asks before cancelling a booking (naming desk and time), then cancels and says so. */
export function useConfirmCancelBooking() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const cancelBooking = useCancelBooking();

  const confirmCancel = (booking: { id: string; label: string; when: string }) => {
    modals.openConfirmModal({
      title: t('book.cancelModal.title', { label: booking.label }),
      children: <Text size="sm">{t('book.cancelModal.body', { when: booking.when })}</Text>,
      labels: { confirm: t('book.cancelModal.confirm'), cancel: t('book.cancelModal.keep') },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        cancelBooking.mutate(booking.id, {
          onSuccess: () => {
            notifications.show({ color: 'green', message: t('book.cancelled', { label: booking.label }) });
          },
          onError: (error) => {
            notifications.show({ color: 'red', title: t('book.cancelFailed', { label: booking.label }), message: errorMessage(error) });
          },
        });
      },
    });
  };

  return { confirmCancel, cancellingId: cancelBooking.isPending ? cancelBooking.variables : null };
}
