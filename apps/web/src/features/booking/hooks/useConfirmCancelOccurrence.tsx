import { Button, Group, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../api/useErrorMessage';
import { localDateOf } from '../series';
import { useCancelSeries } from './useBookingSeries';
import { useCancelBooking } from './useBookingMutations';

/** Cancelling one occurrence of a series asks: only this booking, or this and all following. */
export function useConfirmCancelOccurrence() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const cancelBooking = useCancelBooking();
  const cancelSeries = useCancelSeries();

  const failed = (label: string) => (error: unknown) => {
    notifications.show({ color: 'red', title: t('book.cancelFailed', { label }), message: errorMessage(error) });
  };

  const confirmCancelOccurrence = (booking: {
    id: string;
    seriesId: string;
    label: string;
    when: string;
    startsAt: string;
    zone: string;
  }) => {
    const id = modals.open({
      title: t('series.cancelModal.title', { label: booking.label }),
      children: (
        <Stack gap="md">
          <Text size="sm">{t('series.cancelModal.body', { when: booking.when })}</Text>
          <Group justify="flex-end" gap="xs">
            <Button
              variant="default"
              onClick={() => {
                modals.close(id);
              }}
            >
              {t('book.cancelModal.keep')}
            </Button>
            <Button
              color="red"
              variant="light"
              onClick={() => {
                modals.close(id);
                cancelBooking.mutate(booking.id, {
                  onSuccess: () => {
                    notifications.show({ color: 'green', message: t('book.cancelled', { label: booking.label }) });
                  },
                  onError: failed(booking.label),
                });
              }}
            >
              {t('series.cancelModal.onlyThis')}
            </Button>
            <Button
              color="red"
              onClick={() => {
                modals.close(id);
                cancelSeries.mutate(
                  { seriesId: booking.seriesId, from: localDateOf(booking.startsAt, booking.zone) },
                  {
                    onSuccess: () => {
                      notifications.show({ color: 'green', message: t('series.cancelledFollowing', { label: booking.label }) });
                    },
                    onError: failed(booking.label),
                  },
                );
              }}
            >
              {t('series.cancelModal.following')}
            </Button>
          </Group>
        </Stack>
      ),
    });
  };

  return { confirmCancelOccurrence, busy: cancelBooking.isPending || cancelSeries.isPending };
}
