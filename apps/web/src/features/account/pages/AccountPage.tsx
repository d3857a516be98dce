import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { useSignedInUser } from '../../auth/hooks/session';
import { LanguagePreference } from '../components/LanguagePreference';
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
        </Stack>
      </Paper>
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
