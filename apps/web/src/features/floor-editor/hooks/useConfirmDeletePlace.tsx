import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Desk, Floor, OfficeLocation } from '../../../api/types';
import { useErrorMessage } from '../../../api/useErrorMessage';
import { useDeleteFloor, useDeleteLocation } from '../../places';

/** Deleting a location or floor takes its desks and bookings with it: always asked first. */
export function useConfirmDeletePlace() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const deleteLocation = useDeleteLocation();
  const deleteFloor = useDeleteFloor();

  const ask = (
    key: 'deleteLocation' | 'deleteFloor',
    name: string,
    remove: (done: { onSuccess: () => void; onError: (error: unknown) => void }) => void,
    onDeleted: () => void,
  ) =>
    modals.openConfirmModal({
      title: t(`editor.${key}.title`, { name }),
      children: <Text size="sm">{t(`editor.${key}.body`)}</Text>,
      labels: { confirm: t(`editor.${key}.confirm`), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        remove({
          onSuccess: () => {
            notifications.show({ color: 'green', message: t(`editor.${key}.done`, { name }) });
            onDeleted();
          },
          onError: (error) => {
            notifications.show({ color: 'red', title: t(`editor.${key}.failed`, { name }), message: errorMessage(error) });
          },
        });
      },
    });

  return {
    confirmDeleteLocation: (location: OfficeLocation, onDeleted: () => void) => {
      ask(
        'deleteLocation',
        location.name,
        (done) => {
          deleteLocation.mutate(location.id, done);
        },
        onDeleted,
      );
    },
    confirmDeleteFloor: (floor: Floor, onDeleted: () => void) => {
      ask(
        'deleteFloor',
        floor.name,
        (done) => {
          deleteFloor.mutate(floor.id, done);
        },
        onDeleted,
      );
    },
  };
}

/** Asks before deleting a desk; `remove` does it (through the editor, so undo can bring it back). */
export function useConfirmDeleteDesk() {
  const { t } = useTranslation();
  return (desk: Desk, remove: () => void) =>
    modals.openConfirmModal({
      title: t('editor.deleteDesk.title', { label: desk.label }),
      children: <Text size="sm">{t('editor.deleteDesk.body')}</Text>,
      labels: { confirm: t('editor.deleteDesk.confirm'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: remove,
    });
}
