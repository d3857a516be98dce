import { Button, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { hasErrorCode } from '../../../api/api-error';
import { errorMessageKey } from '../../../api/error-messages';
import { FormError } from '../../../components/FormError';
import { serverFieldErrors } from '../../../forms/server-errors';
import { useValidationMessage } from '../../../forms/useFieldValidators';
import { checkNewPassword } from '../../../forms/validators';
import { AuthCard } from '../components/AuthCard';
import { FORGOT_PASSWORD_PATH } from '../components/ForgotPasswordLink';
import { LinkUnusableCard } from '../components/LinkUnusableCard';
import { NewPasswordField } from '../components/NewPasswordField';
import { WeakPasswordHints } from '../components/WeakPasswordHints';
import { tokenFromFragment } from '../fragment-token';
import { useConfirmPasswordReset } from '../hooks/usePasswordReset';
import type { LoginNoticeState } from '../login-notice';

/** The page does not know whose link it is: the strength meter has no personal words to check against (the API does). */
const NO_USER_INPUTS: readonly string[] = [];

/** An incomplete, expired or used link: say so, and offer to ask for a new one. */
function ResetLinkUnusable({ reason }: { reason: 'missing' | 'invalid' }) {
  const { t } = useTranslation();
  return (
    <LinkUnusableCard
      title={t(`auth.reset.${reason}.title`)}
      body={t(`auth.reset.${reason}.body`)}
      action={{ label: t('auth.reset.askAgain'), to: FORGOT_PASSWORD_PATH }}
    />
  );
}

function ResetPasswordForm({ token }: { token: string }) {
  const { t } = useTranslation();
  const message = useValidationMessage();
  const navigate = useNavigate();
  const confirm = useConfirmPasswordReset();
  const form = useForm({ initialValues: { password: '' }, validate: { password: (value) => message(checkNewPassword(value)) } });

  const handleSubmit = form.onSubmit(({ password }) => {
    confirm.mutate(
      { token, password },
      {
        onSuccess: () => {
          const state: LoginNoticeState = { notice: 'passwordReset' };
          void navigate('/login', { replace: true, state });
        },
        onError: (error) => {
          const fieldErrors = serverFieldErrors(error, (path) => path === 'password', { WEAK_PASSWORD: 'password' });
          if ('password' in fieldErrors) form.setFieldError('password', t(fieldErrors.password));
        },
      },
    );
  });

  if (hasErrorCode(confirm.error, 'RESET_TOKEN_INVALID')) return <ResetLinkUnusable reason="invalid" />;
  const showFormError = confirm.isError && !hasErrorCode(confirm.error, 'WEAK_PASSWORD', 'VALIDATION_FAILED');

  return (
    <AuthCard title={t('auth.reset.title')} subtitle={t('auth.reset.subtitle')}>
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          {showFormError && <FormError>{t(errorMessageKey(confirm.error))}</FormError>}
          <NewPasswordField
            label={t('auth.reset.password')}
            required
            userInputs={NO_USER_INPUTS}
            {...form.getInputProps('password')}
            value={form.values.password}
          />
          <WeakPasswordHints error={confirm.error} />
          <Button type="submit" loading={confirm.isPending} fullWidth>
            {t('auth.reset.submit')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}

/** Opened from the reset mail: /reset-password#token=… */
export function ResetPasswordPage() {
  const token = tokenFromFragment(useLocation().hash);
  return token === null ? <ResetLinkUnusable reason="missing" /> : <ResetPasswordForm token={token} />;
}
