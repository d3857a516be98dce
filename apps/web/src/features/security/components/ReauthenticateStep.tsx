import { Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { hasErrorCode } from '../../../api/api-error';
import type { TotpSetup } from '../../../api/types';
import { useErrorMessage } from '../../../api/useErrorMessage';
import { FormError } from '../../../components/FormError';
import { useValidationMessage } from '../../../forms/useFieldValidators';
import { checkRequired } from '../../../forms/validators';
import { useStartTotpSetup } from '../hooks/useTwoFactor';
import { StepActions } from './StepActions';
import { StepHeading } from './StepHeading';
import type { FlowStepProps } from './flow-step';

interface ReauthenticateStepProps extends FlowStepProps {
  onVerified: (setup: TotpSetup) => void;
}

/** Whoever sits at an unlocked computer must not be able to tie the account to their own phone. */
export function ReauthenticateStep({ headingOrder, onCancel, onVerified }: ReauthenticateStepProps) {
  const { t } = useTranslation();
  const message = useValidationMessage();
  const errorMessage = useErrorMessage();
  const startSetup = useStartTotpSetup();
  const form = useForm({
    initialValues: { password: '' },
    validate: { password: (value) => message(checkRequired(value)) },
  });

  const handleSubmit = form.onSubmit(({ password }) => {
    startSetup.mutate(
      { password },
      {
        onSuccess: onVerified,
        onError: (error) => {
          if (hasErrorCode(error, 'PASSWORD_INCORRECT')) form.setFieldError('password', t('errors.PASSWORD_INCORRECT'));
        },
      },
    );
  });
  const formError = startSetup.isError && !hasErrorCode(startSetup.error, 'PASSWORD_INCORRECT') ? startSetup.error : null;

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <StepHeading order={headingOrder}>{t('security.twoFactor.setup.password.title')}</StepHeading>
        <Text size="sm">{t('security.twoFactor.setup.password.intro')}</Text>
        {formError !== null && <FormError>{errorMessage(formError)}</FormError>}
        <PasswordInput
          label={t('security.twoFactor.setup.password.label')}
          autoComplete="current-password"
          required
          autoFocus
          maw={360}
          {...form.getInputProps('password')}
        />
        <StepActions onCancel={onCancel}>
          <Button type="submit" loading={startSetup.isPending}>
            {t('security.twoFactor.setup.password.submit')}
          </Button>
        </StepActions>
      </Stack>
    </form>
  );
}
