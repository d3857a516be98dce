import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../../api/error-messages';
import type { User } from '../../../api/types';
import { useDeleteUser } from './useUserMutations';

/** Asks before deleting, naming the person and what happens to their data. */
export function useConfirmDeleteUser() {
  const { t } = useTranslation();
  const deleteUser = useDeleteUser();

  return (user: User) =>
    modals.openConfirmModal({
      title: t('users.deleteModal.title', { name: user.displayName }),
      children: (
        <Text size="sm">{t('users.deleteModal.body', { name: user.displayName, email: user.email })}</Text>
      ),
      labels: { confirm: t('users.deleteModal.confirm'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        deleteUser.mutate(user.id, {
          onSuccess: () => {
            notifications.show({ color: 'green', message: t('users.deleted', { name: user.displayName }) });
          },
          onError: (error) => {
            notifications.show({
              color: 'red',
              title: t('users.deleteFailed', { name: user.displayName }),
              message: t(errorMessageKey(error)),
            });
          },
        });
      },
    });
}
