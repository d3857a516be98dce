import { Alert, Button, Group, Modal, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../api/types';
import { useErrorMessage } from '../../../api/useErrorMessage';
import { FormError } from '../../../components/FormError';
import { oneTimeCodeForApi } from '../../../forms/validators';
import { useTenantSettings } from '../../../api/tenant-settings';
import { policyRequiresTwoFactor } from '../enrolment';
import { usePasswordAndCodeForm } from '../hooks/usePasswordAndCodeForm';
import { useDisableTotp } from '../hooks/useTwoFactor';

interface DisableTwoFactorModalProps {
  me: Me;
  onClose: () => void;
}

/**
 * Turning 2FA off weakens the account: it takes the password and a current code (or a recovery code).
 * Mounted only while open, so every opening starts empty.
 */
export function DisableTwoFactorModal({ me, onClose }: DisableTwoFactorModalProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const disable = useDisableTotp();
  // Any member may read the settings; if they fail to load, the warning is simply not shown.
  const settings = useTenantSettings();
  const requiredByPolicy = settings.data ? policyRequiresTwoFactor(settings.data.privacy.require2fa, me.role) : false;
  const { form, showRefusal, aboveFormError } = usePasswordAndCodeForm();

  const handleSubmit = form.onSubmit(({ password, code }) => {
    disable.mutate(
      { password, code: oneTimeCodeForApi(code) },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('security.twoFactor.disable.done') });
          onClose();
        },
        onError: showRefusal,
      },
    );
  });
  const formError = aboveFormError(disable.error);

  return (
    <Modal opened onClose={onClose} title={t('security.twoFactor.disable.title')}>
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('security.twoFactor.disable.body')}</Text>
          {requiredByPolicy && (
            <Alert color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />}>
              {t('security.twoFactor.disable.requiredByPolicy')}
            </Alert>
          )}
          {formError !== null && <FormError>{errorMessage(formError)}</FormError>}
          <PasswordInput
            label={t('security.twoFactor.disable.password')}
            autoComplete="current-password"
            required
            data-autofocus
            {...form.getInputProps('password')}
          />
          <TextInput
            label={t('security.twoFactor.disable.code')}
            description={t('security.twoFactor.disable.codeHint')}
            autoComplete="one-time-code"
            required
            {...form.getInputProps('code')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={disable.isPending}>
              {t('security.twoFactor.disable.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
