import { Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { hasErrorCode } from '../../../api/api-error';
import { useErrorMessage } from '../../../api/useErrorMessage';
import { FormError } from '../../../components/FormError';
import { useValidationMessage } from '../../../forms/useFieldValidators';
import { checkSixDigitCode, normalizeOneTimeCode } from '../../../forms/validators';
import { useEnableTotp } from '../hooks/useTwoFactor';
import type { FlowStepProps } from './flow-step';
import { StepActions } from './StepActions';
import { StepHeading } from './StepHeading';

interface ConfirmCodeStepProps extends FlowStepProps {
  onEnabled: (recoveryCodes: string[]) => void;
  onBack: () => void;
  /** The set-up expired or was replaced: begin again with the password. */
  onRestart: () => void;
}

export function ConfirmCodeStep({ headingOrder, onCancel, onEnabled, onBack, onRestart }: ConfirmCodeStepProps) {
  const { t } = useTranslation();
  const message = useValidationMessage();
  const errorMessage = useErrorMessage();
  const enable = useEnableTotp();
  const form = useForm({
    initialValues: { code: '' },
    validate: { code: (value) => message(checkSixDigitCode(value)) },
  });

  const handleSubmit = form.onSubmit(({ code }) => {
    enable.mutate(
      { code: normalizeOneTimeCode(code) },
      {
        onSuccess: ({ recoveryCodes }) => {
          onEnabled(recoveryCodes);
        },
        onError: (error) => {
          if (hasErrorCode(error, 'TOTP_INVALID')) form.setFieldError('code', t('security.twoFactor.setup.confirm.invalid'));
        },
      },
    );
  });
  const setupMissing = hasErrorCode(enable.error, 'TOTP_SETUP_MISSING');
  const formError = enable.isError && !hasErrorCode(enable.error, 'TOTP_INVALID') ? enable.error : null;

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <StepHeading order={headingOrder}>{t('security.twoFactor.setup.confirm.title')}</StepHeading>
        <Text size="sm">{t('security.twoFactor.setup.confirm.intro')}</Text>
        {formError !== null && (
          <FormError>
            <Stack gap="xs" align="flex-start">
              <span>{errorMessage(formError)}</span>
              {setupMissing && (
                <Button size="xs" variant="white" color="red" onClick={onRestart}>
                  {t('security.twoFactor.setup.confirm.restart')}
                </Button>
              )}
            </Stack>
          </FormError>
        )}
        <TextInput
          label={t('security.twoFactor.setup.confirm.label')}
          description={t('security.twoFactor.setup.confirm.hint')}
          inputMode="numeric"
          autoComplete="one-time-code"
          required
          autoFocus
          maw={220}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', letterSpacing: '0.2em' } }}
          {...form.getInputProps('code')}
        />
        <StepActions onCancel={onCancel} onBack={onBack}>
          <Button type="submit" loading={enable.isPending}>
            {t('security.twoFactor.setup.confirm.submit')}
          </Button>
        </StepActions>
      </Stack>
    </form>
  );
}
