import { Alert, List, Skeleton, Text } from '@mantine/core';
import { IconClockShield } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ErrorState';
import { SectionCard } from '../../../components/SectionCard';
import { retentionDays } from '../../../lib/retention-days';
import { useTenantSettings } from '../../../api/tenant-settings';

const STORED_DATA = ['profile', 'bookings', 'signIn', 'consents', 'audit'] as const;

/** When the person's bookings stop naming them, from the organization's retention setting. */
function RetentionSentence() {
  const { t } = useTranslation();
  const settings = useTenantSettings();
  if (settings.isPending) return <Skeleton height={48} aria-label={t('states.loading')} />;
  if (settings.isError) {
    return <ErrorState title={t('privacy.myData.stored.retentionFailed')} error={settings.error} onRetry={() => void settings.refetch()} />;
  }
  const { retention } = settings.data.privacy;
  return (
    <Alert variant="light" color="indigo" icon={<IconClockShield aria-hidden />}>
      {t(`privacy.myData.stored.retention.${retention.mode}`, { count: retentionDays(retention) })}
    </Alert>
  );
}

/** What Deskbook keeps about the signed-in person, in plain words. */
export function StoredDataSection() {
  const { t } = useTranslation();
  return (
    <SectionCard title={t('privacy.myData.stored.title')} description={t('privacy.myData.stored.description')}>
      <List spacing="xs" size="sm">
        {STORED_DATA.map((item) => (
          <List.Item key={item}>
            <Text span size="sm" fw={600}>
              {t(`privacy.myData.stored.items.${item}.title`)}:
            </Text>{' '}
            {t(`privacy.myData.stored.items.${item}.body`)}
          </List.Item>
        ))}
      </List>
      <RetentionSentence />
    </SectionCard>
  );
}
