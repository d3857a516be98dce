import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { hasErrorCode } from '../../../api/api-error';
import { errorMessageKey } from '../../../api/error-messages';
import type { User } from '../../../api/types';
import { FormError } from '../../../components/FormError';
import { useValidationMessage } from '../../../forms/useFieldValidators';
import { checkRequired } from '../../../forms/validators';
import { useResetTwoFactor } from '../hooks/useUserMutations';

interface ResetTwoFactorModalProps {
  user: User;
  onClose: () => void;
}

/** For a member who lost their phone and recovery codes; the admin confirms with their own password. */
export function ResetTwoFactorModal({ user, onClose }: ResetTwoFactorModalProps) {
  const { t } = useTranslation();
  const message = useValidationMessage();
  const resetTwoFactor = useResetTwoFactor();
  const form = useForm({ initialValues: { password: '' }, validate: { password: (value) => message(checkRequired(value)) } });

  const handleSubmit = form.onSubmit(({ password }) => {
    resetTwoFactor.mutate(
      { id: user.id, password },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('users.resetTwoFactor.done', { name: user.displayName }) });
          onClose();
        },
        onError: (error) => {
          if (hasErrorCode(error, 'PASSWORD_INCORRECT')) form.setFieldError('password', t(errorMessageKey(error)));
        },
      },
    );
  });
  const formError = resetTwoFactor.isError && !hasErrorCode(resetTwoFactor.error, 'PASSWORD_INCORRECT') ? resetTwoFactor.error : null;

  return (
    <Modal opened onClose={onClose} title={t('users.resetTwoFactor.title', { name: user.displayName })}>
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('users.resetTwoFactor.body', { name: user.displayName })}</Text>
          {formError !== null && <FormError>{t(errorMessageKey(formError))}</FormError>}
          <PasswordInput
            label={t('users.resetTwoFactor.password')}
            autoComplete="current-password"
            required
            data-autofocus
            {...form.getInputProps('password')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={resetTwoFactor.isPending}>
              {t('users.resetTwoFactor.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
