import { Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ErrorState';
import { PageHeader } from '../../../components/PageHeader';
import { SsoSection } from '../../sso';
import { SettingsFormView } from '../components/SettingsFormView';
import { useTenantSettings } from '../../../api/tenant-settings';

function SettingsSkeleton() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" maw={820} aria-busy="true" role="status" aria-label={t('states.loading')}>
      <Skeleton height={420} />
      <Skeleton height={260} />
      <Skeleton height={260} />
    </Stack>
  );
}

export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useTenantSettings();
  return (
    <>
      <PageHeader title={t('settings.title')} description={t('settings.description')} />
      {settings.isPending ? (
        <SettingsSkeleton />
      ) : settings.isError ? (
        <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <SettingsFormView saved={settings.data} />
      )}
      <SsoSection />
    </>
  );
}
