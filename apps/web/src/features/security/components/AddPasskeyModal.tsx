import { Button, Group, Modal, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { hasErrorCode } from '../../../api/api-error';
import { FormError } from '../../../components/FormError';
import { useValidationMessage } from '../../../forms/useFieldValidators';
import { checkRequired } from '../../../forms/validators';
import { usePasskeyErrorMessage } from '../../../lib/usePasskeyErrorMessage';
import { deviceLabel } from '../device-label';
import { useAddPasskey } from '../hooks/usePasskeys';

export const PASSKEY_NAME_MAX = 64;

/**
 * The password again (whoever sits at an unlocked computer must not add their own way in), a name
 * people recognise later (this device's, to start with), then the browser's passkey dialog.
 */
export function AddPasskeyModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const message = useValidationMessage();
  const problemMessage = usePasskeyErrorMessage();
  const add = useAddPasskey();
  const form = useForm({
    initialValues: { password: '', name: deviceLabel(navigator.userAgent, t).slice(0, PASSKEY_NAME_MAX) },
    validate: {
      password: (value) => message(checkRequired(value)),
      name: (value) => message(checkRequired(value.trim())),
    },
  });

  const handleSubmit = form.onSubmit(({ password, name }) => {
    add.mutate(
      { password, name: name.trim() },
      {
        onSuccess: (passkey) => {
          notifications.show({ color: 'green', message: t('security.passkeys.added', { name: passkey.name }) });
          onClose();
        },
        onError: (error) => {
          if (hasErrorCode(error, 'PASSWORD_INCORRECT')) form.setFieldError('password', t('errors.PASSWORD_INCORRECT'));
        },
      },
    );
  });
  const formError = add.isError && !hasErrorCode(add.error, 'PASSWORD_INCORRECT') ? add.error : null;

  return (
    <Modal opened onClose={onClose} title={t('security.passkeys.addModal.title')} centered>
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('security.passkeys.addModal.intro')}</Text>
          {formError !== null && <FormError>{problemMessage(formError)}</FormError>}
          <PasswordInput
            label={t('security.passkeys.addModal.password')}
            autoComplete="current-password"
            required
            data-autofocus
            {...form.getInputProps('password')}
          />
          <TextInput
            label={t('security.passkeys.addModal.name')}
            description={t('security.passkeys.addModal.nameHint')}
            maxLength={PASSKEY_NAME_MAX}
            required
            {...form.getInputProps('name')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={add.isPending}>
              {t('security.passkeys.addModal.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
