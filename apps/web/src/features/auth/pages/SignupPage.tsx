import { Anchor, Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessageKey } from '../../../api/error-messages';
import { FormError } from '../../../components/FormError';
import { serverFieldErrors } from '../../../forms/server-errors';
import { useValidationMessage } from '../../../forms/useFieldValidators';
import { checkEmail, checkNewPassword, checkRequired } from '../../../forms/validators';
import { currentLanguage } from '../../../lib/languages';
import { AuthCard } from '../components/AuthCard';
import { CheckInboxCard } from '../components/CheckInboxCard';
import { NewPasswordField } from '../components/NewPasswordField';
import { WeakPasswordHints } from '../components/WeakPasswordHints';
import { NoticeDisclosure, useSignupNotice } from '../../notices/ui';
import { useSignup, type SignupInput } from '../hooks/useSignup';
import { passwordUserInputs } from '../password-strength/strength-feedback';

const FIELD_BY_CODE = { EMAIL_TAKEN: 'email', WEAK_PASSWORD: 'password' } as const;

export function SignupPage() {
  const { t } = useTranslation();
  const message = useValidationMessage();
  const signup = useSignup();
  const resend = useSignup();
  // What was sent: the page then asks the person to open the link we mailed (resend = send it again).
  const [sent, setSent] = useState<SignupInput | null>(null);
  const notice = useSignupNotice();
  const form = useForm<SignupInput>({
    initialValues: { tenantName: '', displayName: '', email: '', password: '' },
    validate: {
      tenantName: (value) => message(checkRequired(value)),
      displayName: (value) => message(checkRequired(value)),
      email: (value) => message(checkEmail(value)),
      password: (value) => message(checkNewPassword(value)),
    },
  });
  const { tenantName, displayName, email, password } = form.values;
  const userInputs = useMemo(() => passwordUserInputs(tenantName, displayName, email), [tenantName, displayName, email]);

  const handleSubmit = form.onSubmit((values) => {
    // The confirmation mail, and later the account, speak the language the person signs up in.
    const input = { ...values, email: values.email.trim(), tenantName: values.tenantName.trim(), locale: currentLanguage() };
    signup.mutate(input, {
      onSuccess: () => {
        setSent(input);
      },
      onError: (error) => {
        const fieldErrors = serverFieldErrors(error, (path) => path in values, FIELD_BY_CODE);
        form.setErrors(Object.fromEntries(Object.entries(fieldErrors).map(([field, key]) => [field, t(key)])));
      },
    });
  });

  const hasFieldErrors = signup.isError && Object.keys(serverFieldErrors(signup.error, () => true, FIELD_BY_CODE)).length > 0;

  if (sent) {
    return (
      <CheckInboxCard
        email={sent.email}
        onResend={() => {
          resend.mutate(sent);
        }}
        resending={resend.isPending}
        resent={resend.isSuccess}
        resendError={resend.error}
      />
    );
  }

  return (
    <AuthCard
      title={t('auth.signup.title')}
      subtitle={t('auth.signup.subtitle')}
      footer={<Trans i18nKey="auth.signup.haveAccount" components={{ loginLink: <Anchor component={Link} to="/login" /> }} />}
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          {signup.isError && !hasFieldErrors && <FormError>{t(errorMessageKey(signup.error))}</FormError>}
          <TextInput
            label={t('auth.signup.tenantName')}
            description={t('auth.signup.tenantNameHint')}
            autoComplete="organization"
            required
            {...form.getInputProps('tenantName')}
          />
          <TextInput label={t('auth.signup.displayName')} autoComplete="name" required {...form.getInputProps('displayName')} />
          <TextInput label={t('auth.signup.email')} type="email" autoComplete="email" required {...form.getInputProps('email')} />
          <NewPasswordField
            label={t('auth.signup.password')}
            required
            userInputs={userInputs}
            {...form.getInputProps('password')}
            value={password}
          />
          <WeakPasswordHints error={signup.error} />
          <NoticeDisclosure notice={notice.data} intro={t('notices.disclosure.signup')} />
          <Button type="submit" loading={signup.isPending} fullWidth>
            {t('auth.signup.submit')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
