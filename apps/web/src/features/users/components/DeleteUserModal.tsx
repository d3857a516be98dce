import { Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../../api/error-messages';
import type { User } from '../../../api/types';
import { TypedConfirmModal } from '../../../components/TypedConfirmModal';
import { useDeleteUser } from '../hooks/useUserMutations';

interface DeleteUserModalProps {
  user: User;
  onClose: () => void;
}

/** Deleting a user is erasure (bookings anonymized, future ones cancelled): irreversible, so a typed word. */
export function DeleteUserModal({ user, onClose }: DeleteUserModalProps) {
  const { t } = useTranslation();
  const deleteUser = useDeleteUser();
  const erase = () => {
    deleteUser.mutate(user.id, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('users.deleted', { name: user.displayName }) });
        onClose();
      },
      onError: (error) => {
        notifications.show({
          color: 'red',
          title: t('users.deleteFailed', { name: user.displayName }),
          message: t(errorMessageKey(error)),
        });
        onClose();
      },
    });
  };
  return (
    <TypedConfirmModal
      title={t('users.deleteModal.title', { name: user.displayName })}
      word={t('users.deleteModal.word')}
      confirmLabel={t('users.deleteModal.confirm')}
      onConfirm={erase}
      onCancel={onClose}
      loading={deleteUser.isPending}
    >
      <Text size="sm">{t('users.deleteModal.body', { name: user.displayName, email: user.email })}</Text>
    </TypedConfirmModal>
  );
}
