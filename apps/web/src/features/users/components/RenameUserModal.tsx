import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../../api/error-messages';
import type { User } from '../../../api/types';
import { useValidationMessage } from '../../../forms/useFieldValidators';
import { checkRequired } from '../../../forms/validators';
import { useUpdateUser } from '../hooks/useUserMutations';

interface RenameUserModalProps {
  user: User;
  onClose: () => void;
}

/** Mounted per user (keyed by the caller), so the form starts from that user's current name. */
export function RenameUserModal({ user, onClose }: RenameUserModalProps) {
  const { t } = useTranslation();
  const message = useValidationMessage();
  const updateUser = useUpdateUser();
  const form = useForm({
    initialValues: { displayName: user.displayName },
    validate: { displayName: (value) => message(checkRequired(value)) },
  });

  const handleSubmit = form.onSubmit(({ displayName }) => {
    updateUser.mutate(
      { id: user.id, changes: { displayName: displayName.trim() } },
      {
        onSuccess: onClose,
        onError: (error) => {
          form.setFieldError('displayName', t(errorMessageKey(error)));
        },
      },
    );
  });

  return (
    <Modal opened onClose={onClose} title={t('users.renameModal.title', { name: user.displayName })}>
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          <TextInput label={t('users.renameModal.displayName')} required data-autofocus {...form.getInputProps('displayName')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={updateUser.isPending} disabled={!form.isDirty()}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
