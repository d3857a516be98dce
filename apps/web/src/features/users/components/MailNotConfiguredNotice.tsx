import { Alert } from '@mantine/core';
import { IconMailOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Shown to admins while the server cannot send mail: invitations then travel only as copied links. */
export function MailNotConfiguredNotice() {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" variant="light" icon={<IconMailOff aria-hidden />} mb="md">
      {t('users.mailNotConfigured.body')}
    </Alert>
  );
}
