import { Button, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { hasErrorCode } from '../../../api/api-error';
import { errorMessageKey } from '../../../api/error-messages';
import { HOME_PATH } from '../../../lib/paths';
import { AuthCard } from '../components/AuthCard';
import { LinkUnusableCard } from '../components/LinkUnusableCard';
import { tokenFromFragment } from '../fragment-token';
import { useConfirmEmail } from '../hooks/useConfirmEmail';

/** The link cannot confirm anything (cut off, used, expired): sign-up again sends a fresh one. */
function ConfirmationUnusable({ reason }: { reason: 'missing' | 'invalid' }) {
  const { t } = useTranslation();
  return (
    <LinkUnusableCard
      title={t(`auth.confirmEmail.${reason}.title`)}
      body={t(`auth.confirmEmail.${reason}.body`)}
      action={{ label: t('auth.confirmEmail.signUpAgain'), to: '/signup' }}
    />
  );
}

function Confirming({ token }: { token: string }) {
  const { t } = useTranslation();
  const confirm = useConfirmEmail();
  // The token works once: React's development double effects must not send it twice.
  const sent = useRef(false);
  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    confirm.mutate(token);
  }, [confirm, token]);

  if (confirm.isSuccess) return <Navigate to={HOME_PATH} replace />;
  if (hasErrorCode(confirm.error, 'CONFIRMATION_INVALID')) return <ConfirmationUnusable reason="invalid" />;
  return (
    <AuthCard title={t('auth.confirmEmail.title')}>
      {confirm.isError ? (
        <Stack gap="md">
          <Text role="alert">{t(errorMessageKey(confirm.error))}</Text>
          <Button
            onClick={() => {
              confirm.mutate(token);
            }}
          >
            {t('auth.confirmEmail.retry')}
          </Button>
        </Stack>
      ) : (
        <Stack align="center" gap="sm" role="status" aria-live="polite">
          <Loader aria-hidden />
          <Text>{t('auth.confirmEmail.confirming')}</Text>
        </Stack>
      )}
    </AuthCard>
  );
}

/** Opened from the sign-up confirmation mail: /confirm-email#token=… confirms and signs the person in. */
export function ConfirmEmailPage() {
  const token = tokenFromFragment(useLocation().hash);
  return token === null ? <ConfirmationUnusable reason="missing" /> : <Confirming token={token} />;
}
