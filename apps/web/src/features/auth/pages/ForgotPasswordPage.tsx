import { Alert, Anchor, Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconMailCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessageKey } from '../../../api/error-messages';
import { FormError } from '../../../components/FormError';
import { useValidationMessage } from '../../../forms/useFieldValidators';
import { checkEmail } from '../../../forms/validators';
import { AuthCard } from '../components/AuthCard';
import { useRequestPasswordReset } from '../hooks/usePasswordReset';

/** Asks for a reset link. The answer never says whether the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const message = useValidationMessage();
  const requestReset = useRequestPasswordReset();
  const form = useForm({ initialValues: { email: '' }, validate: { email: (value) => message(checkEmail(value)) } });

  const handleSubmit = form.onSubmit(({ email }) => {
    requestReset.mutate(email.trim());
  });

  return (
    <AuthCard
      title={t('auth.forgot.title')}
      subtitle={t('auth.forgot.subtitle')}
      footer={
        <Anchor component={Link} to="/login">
          {t('auth.forgot.backToLogin')}
        </Anchor>
      }
    >
      {requestReset.isSuccess ? (
        <Alert color="green" variant="light" icon={<IconMailCheck aria-hidden />} role="status" title={t('auth.forgot.sentTitle')}>
          {t('auth.forgot.sent', { email: requestReset.variables })}
        </Alert>
      ) : (
        <form onSubmit={handleSubmit} noValidate>
          <Stack gap="md">
            {requestReset.isError && <FormError>{t(errorMessageKey(requestReset.error))}</FormError>}
            <TextInput label={t('auth.forgot.email')} type="email" autoComplete="username" required {...form.getInputProps('email')} />
            <Button type="submit" loading={requestReset.isPending} fullWidth>
              {t('auth.forgot.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </AuthCard>
  );
}
