import { Alert, Button, Group, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../api/useErrorMessage';
import { formatRefreshedAt } from '../figures';
import { useAnalyticsRefresh } from '../hooks/useAnalyticsRefresh';

interface FreshnessBarProps {
  refreshedAt: string | null;
  zone: string;
  locale: string;
}

/** "Figures as of …" (the rollup refreshes hourly) and "Refresh now", which rebuilds it and reloads the figures. */
export function FreshnessBar({ refreshedAt, zone, locale }: FreshnessBarProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const refresh = useAnalyticsRefresh();
  return (
    <Group gap="sm" justify="space-between" wrap="wrap">
      <Text size="sm" c="dimmed" aria-live="polite">
        {refreshedAt
          ? t('analytics.freshness.asOf', { time: formatRefreshedAt(refreshedAt, zone, locale) })
          : t('analytics.freshness.never')}{' '}
        {refresh.isPending ? t('analytics.freshness.refreshing') : refresh.data === 'done' ? t('analytics.freshness.done') : ''}
      </Text>
      <Button
        size="xs"
        variant="default"
        leftSection={<IconRefresh size={16} aria-hidden />}
        loading={refresh.isPending}
        onClick={() => {
          refresh.mutate(refreshedAt);
        }}
      >
        {t('analytics.freshness.refresh')}
      </Button>
      {refresh.data === 'tooLong' && (
        <Alert color="yellow" variant="light" w="100%">
          {t('analytics.freshness.tooLong')}
        </Alert>
      )}
      {refresh.isError && (
        <Alert color="red" variant="light" w="100%" role="alert">
          {t('analytics.freshness.failed')} {errorMessage(refresh.error)}
        </Alert>
      )}
    </Group>
  );
}
