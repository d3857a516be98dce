import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDatabase, IconShieldCheck, IconShieldLock, IconShieldOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MY_DATA_PATH, SECURITY_PATH } from '../../../lib/paths';
import { PageHeader } from '../../../components/PageHeader';
import { SectionCard } from '../../../components/SectionCard';
import { useSignedInUser } from '../../auth';
import { CalendarFeedCard } from '../components/CalendarFeedCard';
import { FindableSwitch } from '../components/FindableSwitch';
import { LanguagePreference } from '../components/LanguagePreference';
import { NotificationsCard } from '../components/NotificationsCard';
import { ProfileForm } from '../components/ProfileForm';

export function AccountPage() {
  const { t } = useTranslation();
  const me = useSignedInUser();
  return (
    <Stack maw={560}>
      <PageHeader title={t('account.title')} description={t('account.description')} />
      <Paper withBorder p="lg" component="section" aria-labelledby="account-profile">
        <Stack gap="md">
          <Title order={2} size="h4" id="account-profile">
            {t('account.profile.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('account.profile.signedInAs', { email: me.email, role: t(`roles.${me.role}`) })}
          </Text>
          <ProfileForm me={me} />
          <FindableSwitch me={me} />
        </Stack>
      </Paper>
      <Paper withBorder p="lg" component="section" aria-labelledby="account-security">
        <Stack gap="md">
          <Group justify="space-between" wrap="nowrap">
            <Title order={2} size="h4" id="account-security">
              {t('account.security.title')}
            </Title>
            <Badge
              variant="light"
              color={me.totpEnabled ? 'green' : 'gray'}
              leftSection={me.totpEnabled ? <IconShieldCheck size={12} aria-hidden /> : <IconShieldOff size={12} aria-hidden />}
            >
              {me.totpEnabled ? t('account.security.twoFactorOn') : t('account.security.twoFactorOff')}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed">
            {t('account.security.description')}
          </Text>
          <Group>
            <Button component={Link} to={SECURITY_PATH} variant="light" leftSection={<IconShieldLock size={16} aria-hidden />}>
              {t('account.security.open')}
            </Button>
          </Group>
        </Stack>
      </Paper>
      <NotificationsCard />
      <CalendarFeedCard />
      <SectionCard title={t('account.myData.title')} description={t('account.myData.description')}>
        <Group>
          <Button component={Link} to={MY_DATA_PATH} variant="light" leftSection={<IconDatabase size={16} aria-hidden />}>
            {t('account.myData.open')}
          </Button>
        </Group>
      </SectionCard>
      <Paper withBorder p="lg" component="section" aria-labelledby="account-language">
        <Stack gap="md">
          <Title order={2} size="h4" id="account-language">
            {t('account.language.title')}
          </Title>
          <LanguagePreference />
        </Stack>
      </Paper>
    </Stack>
  );
}
