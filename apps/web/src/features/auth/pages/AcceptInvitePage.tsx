import { Anchor, Button, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { hasErrorCode } from '../../../api/api-error';
import { errorMessageKey } from '../../../api/error-messages';
import type { InvitePreview } from '../../../api/types';
import { ErrorState } from '../../../components/ErrorState';
import { FormError } from '../../../components/FormError';
import { HOME_PATH } from '../../../lib/paths';
import { serverFieldErrors } from '../../../forms/server-errors';
import { useValidationMessage } from '../../../forms/useFieldValidators';
import { checkNewPassword } from '../../../forms/validators';
import { AuthCard } from '../components/AuthCard';
import { NewPasswordField } from '../components/NewPasswordField';
import { WeakPasswordHints } from '../components/WeakPasswordHints';
import { NoticeDisclosure } from '../../notices/ui';
import { InviteNoticePdfButton } from '../components/InviteNoticePdfButton';
import { useAcceptInvite, useInvitePreview } from '../hooks/useInvite';
import { inviteTokenFromHash } from '../invite-token';
import { passwordUserInputs } from '../password-strength/strength-feedback';

/** Why the link cannot make an account; `accountExists` names the address (only its owner opens the link). */
function InviteUnusable({ reason, email }: { reason: 'missing' | 'invalid' | 'accountExists'; email?: string }) {
  const { t } = useTranslation();
  return (
    <AuthCard title={t(`auth.invite.${reason}.title`)}>
      <Stack gap="md">
        <Text>{t(`auth.invite.${reason}.body`, { email })}</Text>
        <Anchor component={Link} to="/login">
          {t('auth.invite.goToLogin')}
        </Anchor>
      </Stack>
    </AuthCard>
  );
}

function AcceptInviteForm({ inviteToken, preview }: { inviteToken: string; preview: InvitePreview }) {
  const { t } = useTranslation();
  const message = useValidationMessage();
  const navigate = useNavigate();
  const accept = useAcceptInvite();
  const form = useForm({
    initialValues: { password: '' },
    validate: { password: (value) => message(checkNewPassword(value)) },
  });
  const userInputs = useMemo(() => passwordUserInputs(preview.tenantName, preview.displayName, preview.email), [preview]);

  const handleSubmit = form.onSubmit(({ password }) => {
    accept.mutate(
      { inviteToken, password },
      {
        onSuccess: () => void navigate(HOME_PATH, { replace: true }),
        onError: (error) => {
          const fieldErrors = serverFieldErrors(error, (path) => path === 'password', { WEAK_PASSWORD: 'password' });
          if ('password' in fieldErrors) form.setFieldError('password', t(fieldErrors.password));
        },
      },
    );
  });

  if (hasErrorCode(accept.error, 'INVITE_INVALID')) return <InviteUnusable reason="invalid" />;
  if (hasErrorCode(accept.error, 'ACCOUNT_EXISTS')) return <InviteUnusable reason="accountExists" email={preview.email} />;
  const showFormError = accept.isError && !hasErrorCode(accept.error, 'WEAK_PASSWORD', 'VALIDATION_FAILED');

  return (
    <AuthCard
      title={t('auth.invite.greeting', { name: preview.displayName })}
      subtitle={t('auth.invite.invitedBy', {
        tenant: preview.tenantName,
        role: t(`roles.${preview.role}`),
      })}
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          {showFormError && <FormError>{t(errorMessageKey(accept.error))}</FormError>}
          <TextInput label={t('auth.invite.email')} value={preview.email} readOnly autoComplete="username" />
          <NewPasswordField
            label={t('auth.invite.password')}
            description={t('auth.invite.passwordHint')}
            required
            userInputs={userInputs}
            {...form.getInputProps('password')}
            value={form.values.password}
          />
          <WeakPasswordHints error={accept.error} />
          <NoticeDisclosure
            notice={preview.notice}
            intro={t('notices.disclosure.invite', { tenant: preview.tenantName })}
            pdf={preview.notice?.isPdf ? <InviteNoticePdfButton inviteToken={inviteToken} /> : null}
          />
          <Button type="submit" loading={accept.isPending} fullWidth>
            {t('auth.invite.submit', { tenant: preview.tenantName })}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}

export function AcceptInvitePage() {
  const { t } = useTranslation();
  const { hash } = useLocation();
  const inviteToken = inviteTokenFromHash(hash);
  const preview = useInvitePreview(inviteToken);

  if (inviteToken === null) return <InviteUnusable reason="missing" />;
  if (preview.isPending) {
    return (
      <Stack gap="md" aria-busy="true" role="status" aria-label={t('states.loading')}>
        <Skeleton height={32} width="70%" />
        <Skeleton height={18} />
        <Skeleton height={200} />
      </Stack>
    );
  }
  if (preview.isError) {
    if (hasErrorCode(preview.error, 'INVITE_INVALID', 'NOT_FOUND')) return <InviteUnusable reason="invalid" />;
    return <ErrorState error={preview.error} onRetry={() => void preview.refetch()} />;
  }
  return <AcceptInviteForm inviteToken={inviteToken} preview={preview.data} />;
}
