import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Passkey } from '../../../api/types';
import { useErrorMessage } from '../../../api/useErrorMessage';
import { FormError } from '../../../components/FormError';
import { useValidationMessage } from '../../../forms/useFieldValidators';
import { checkRequired } from '../../../forms/validators';
import { useRenamePasskey } from '../hooks/usePasskeys';
import { PASSKEY_NAME_MAX } from './AddPasskeyModal';

export function RenamePasskeyModal({ passkey, onClose }: { passkey: Passkey; onClose: () => void }) {
  const { t } = useTranslation();
  const message = useValidationMessage();
  const errorMessage = useErrorMessage();
  const rename = useRenamePasskey();
  const form = useForm({
    initialValues: { name: passkey.name },
    validate: { name: (value) => message(checkRequired(value.trim())) },
  });

  const handleSubmit = form.onSubmit(({ name }) => {
    rename.mutate(
      { id: passkey.id, name: name.trim() },
      {
        onSuccess: (renamed) => {
          notifications.show({ color: 'green', message: t('security.passkeys.renamed', { name: renamed.name }) });
          onClose();
        },
      },
    );
  });

  return (
    <Modal opened onClose={onClose} title={t('security.passkeys.renameModal.title', { name: passkey.name })} centered>
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          {rename.isError && <FormError>{errorMessage(rename.error)}</FormError>}
          <TextInput
            label={t('security.passkeys.addModal.name')}
            maxLength={PASSKEY_NAME_MAX}
            required
            data-autofocus
            {...form.getInputProps('name')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={rename.isPending}>
              {t('security.passkeys.renameModal.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
