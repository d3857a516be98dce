import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconMailCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../../api/error-messages';
import { FormError } from '../../../components/FormError';
import { AuthCard } from './AuthCard';

interface CheckInboxCardProps {
  email: string;
  onResend: () => void;
  resending: boolean;
  resent: boolean;
  resendError: unknown;
}

/** After sign-up: the account becomes usable through the link we mailed. */
export function CheckInboxCard({ email, onResend, resending, resent, resendError }: CheckInboxCardProps) {
  const { t } = useTranslation();
  return (
    <AuthCard title={t('auth.checkInbox.title')}>
      <Stack gap="md">
        <Text>{t('auth.checkInbox.body', { email })}</Text>
        <Text size="sm" c="dimmed">
          {t('auth.checkInbox.spamHint')}
        </Text>
        {resent && (
          <Alert color="green" variant="light" icon={<IconMailCheck aria-hidden />} role="status">
            {t('auth.checkInbox.resent')}
          </Alert>
        )}
        {resendError !== null && <FormError>{t(errorMessageKey(resendError))}</FormError>}
        <Button variant="light" onClick={onResend} loading={resending}>
          {t('auth.checkInbox.resend')}
        </Button>
      </Stack>
    </AuthCard>
  );
}
