import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconBuildingSkyscraper } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import type { RedirectState } from '../../../lib/return-path';
import { useSignedInUser } from '../../auth';
import { EnableTwoFactorFlow } from '../components/EnableTwoFactorFlow';
import { PasskeyEnrolmentOption } from '../components/PasskeyEnrolmentOption';
import { enrolmentRedirect, TOTP_SETUP_PATH } from '../enrolment';

/**
 * Mandatory enrolment: the organization requires two-factor authentication and this person has none
 * yet. The only page they can reach besides logging out; when done, they continue where they were going.
 */
export function SetupTwoFactorPage() {
  const { t } = useTranslation();
  const me = useSignedInUser();
  const location = useLocation();
  useDocumentTitle(`${t('security.enrolment.title')} · ${t('app.name')}`);

  const target = enrolmentRedirect(me, TOTP_SETUP_PATH, (location.state as RedirectState | null)?.from);
  if (target !== null) return <Navigate to={target} replace />;

  return (
    <Paper withBorder shadow="sm" p="xl" radius="md">
      <Stack gap="lg">
        <Stack gap="xs">
          <Title order={1} size="h2">
            {t('security.enrolment.title')}
          </Title>
          <Alert color="indigo" variant="light" icon={<IconBuildingSkyscraper aria-hidden />} role="status">
            <Text size="sm" fw={600}>
              {t('security.enrolment.required')}
            </Text>
            <Text size="sm">{t('security.enrolment.why', { tenant: me.tenantName })}</Text>
          </Alert>
        </Stack>
        <EnableTwoFactorFlow
          headingOrder={2}
          completeLabel={t('security.enrolment.continue')}
          onComplete={() => {
            notifications.show({ color: 'green', message: t('security.twoFactor.setup.done') });
          }}
        />
        <PasskeyEnrolmentOption />
      </Stack>
    </Paper>
  );
}
