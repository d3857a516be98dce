import { Alert, Anchor, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCircleCheck, IconShieldLock } from '@tabler/icons-react';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useErrorMessage } from '../../../api/useErrorMessage';
import { FormError } from '../../../components/FormError';
import { useValidationMessage } from '../../../forms/useFieldValidators';
import { checkEmail, checkRequired, checkTotpCode, oneTimeCodeForApi } from '../../../forms/validators';
import { SsoLoginOffer } from '../../sso';
import { AuthCard } from '../components/AuthCard';
import { PasskeySignIn } from '../components/PasskeySignIn';
import { ForgotPasswordLink } from '../components/ForgotPasswordLink';
import { useLogin } from '../hooks/useLogin';
import { errorMessageKey } from '../../../api/error-messages';
import { classifyLoginError } from '../login-errors';
import { loginNotice } from '../login-notice';

interface LoginFormValues {
  email: string;
  password: string;
  totp: string;
}

/** On success the session changes and RedirectIfSignedIn takes the person into the app. */
export function LoginPage() {
  const { t } = useTranslation();
  const message = useValidationMessage();
  const errorMessage = useErrorMessage();
  const login = useLogin();
  const notice = loginNotice(useLocation().state);
  const [codeRequired, setCodeRequired] = useState(false);
  const form = useForm<LoginFormValues>({
    initialValues: { email: '', password: '', totp: '' },
    validate: {
      email: (value) => message(checkEmail(value)),
      password: (value) => message(checkRequired(value)),
      totp: (value) => (codeRequired ? message(checkTotpCode(value)) : null),
    },
  });

  const startOver = () => {
    setCodeRequired(false);
    form.setFieldValue('totp', '');
    login.reset();
  };

  const handleSubmit = form.onSubmit(({ email, password, totp }) => {
    const input = { email: email.trim(), password, ...(codeRequired ? { totp: oneTimeCodeForApi(totp) } : {}) };
    login.mutate(input, {
      onError: (error) => {
        const outcome = classifyLoginError(error);
        if (outcome === 'ask-for-code') setCodeRequired(true);
        if (outcome === 'wrong-code') form.setFieldError('totp', t(errorMessageKey(error)));
      },
    });
  });

  const formError = login.isError && classifyLoginError(login.error) === 'show-error' ? login.error : null;

  return (
    <AuthCard
      title={t('auth.login.title')}
      subtitle={t('auth.login.subtitle')}
      footer={<Trans i18nKey="auth.login.noAccount" components={{ signupLink: <Anchor component={Link} to="/signup" /> }} />}
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          {notice !== null && (
            <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} role="status">
              {t(`auth.login.notice.${notice}`)}
            </Alert>
          )}
          {formError !== null && <FormError>{errorMessage(formError)}</FormError>}
          <TextInput
            label={t('auth.login.email')}
            type="email"
            autoComplete="username"
            required
            readOnly={codeRequired}
            {...form.getInputProps('email')}
          />
          <SsoLoginOffer email={form.values.email} />
          <PasswordInput
            label={t('auth.login.password')}
            autoComplete="current-password"
            required
            readOnly={codeRequired}
            {...form.getInputProps('password')}
          />
          {!codeRequired && <ForgotPasswordLink />}
          {codeRequired && (
            <>
              <Alert color="indigo" variant="light" icon={<IconShieldLock aria-hidden />} role="status">
                {t('auth.login.codeRequired')}
              </Alert>
              <TextInput
                label={t('auth.login.totp')}
                description={t('auth.login.totpHint')}
                autoComplete="one-time-code"
                required
                autoFocus
                {...form.getInputProps('totp')}
              />
            </>
          )}
          <Button type="submit" loading={login.isPending} fullWidth>
            {codeRequired ? t('auth.login.verify') : t('auth.login.submit')}
          </Button>
          {codeRequired && (
            <Button variant="subtle" onClick={startOver}>
              {t('auth.login.otherAccount')}
            </Button>
          )}
        </Stack>
      </form>
      {!codeRequired && <PasskeySignIn />}
    </AuthCard>
  );
}
