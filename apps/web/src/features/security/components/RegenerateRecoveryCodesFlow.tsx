import { PasswordInput, Stack, Text, TextInput, Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../api/useErrorMessage';
import { FormError } from '../../../components/FormError';
import { oneTimeCodeForApi } from '../../../forms/validators';
import { usePasswordAndCodeForm } from '../hooks/usePasswordAndCodeForm';
import { useRegenerateRecoveryCodes } from '../hooks/useTwoFactor';
import type { FlowStepProps } from './flow-step';
import { RecoveryCodesStep } from './RecoveryCodesStep';
import { StepActions } from './StepActions';
import { StepHeading } from './StepHeading';

interface RegenerateRecoveryCodesFlowProps extends FlowStepProps {
  /** After the new codes were saved, or on cancel before any were made. */
  onClose: () => void;
}

/**
 * New recovery codes: the password and a code (from the app or an unused recovery code), then the new
 * codes to save, shown like when 2FA was turned on (the old ones already stopped working).
 */
export function RegenerateRecoveryCodesFlow({ headingOrder, onClose }: RegenerateRecoveryCodesFlowProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const regenerate = useRegenerateRecoveryCodes();
  const [codes, setCodes] = useState<string[] | null>(null);
  const { form, showRefusal, aboveFormError } = usePasswordAndCodeForm();

  if (codes) {
    return (
      <RecoveryCodesStep
        headingOrder={headingOrder}
        codes={codes}
        doneLabel={t('common.done')}
        finishing={false}
        onDone={() => {
          notifications.show({ color: 'green', message: t('security.twoFactor.recoveryCodes.regenerate.done') });
          onClose();
        }}
      />
    );
  }

  const handleSubmit = form.onSubmit(({ password, code }) => {
    regenerate.mutate(
      { password, code: oneTimeCodeForApi(code) },
      {
        onSuccess: (result) => {
          setCodes(result.recoveryCodes);
        },
        onError: showRefusal,
      },
    );
  });
  const formError = aboveFormError(regenerate.error);

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <StepHeading order={headingOrder} focusOnMount>
          {t('security.twoFactor.recoveryCodes.regenerate.title')}
        </StepHeading>
        <Text size="sm">{t('security.twoFactor.recoveryCodes.regenerate.intro')}</Text>
        {formError !== null && <FormError>{errorMessage(formError)}</FormError>}
        <PasswordInput
          label={t('security.twoFactor.recoveryCodes.regenerate.password')}
          autoComplete="current-password"
          required
          {...form.getInputProps('password')}
        />
        <TextInput
          label={t('security.twoFactor.recoveryCodes.regenerate.code')}
          description={t('security.twoFactor.recoveryCodes.regenerate.codeHint')}
          autoComplete="one-time-code"
          required
          {...form.getInputProps('code')}
        />
        <StepActions onCancel={onClose}>
          <Button type="submit" loading={regenerate.isPending}>
            {t('security.twoFactor.recoveryCodes.regenerate.submit')}
          </Button>
        </StepActions>
      </Stack>
    </form>
  );
}
