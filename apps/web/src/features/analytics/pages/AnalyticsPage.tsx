import '@mantine/charts/styles.css';
import { Button, EmptyState, Stack } from '@mantine/core';
import { IconBuilding } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../components/ErrorState';
import { PageHeader } from '../../../components/PageHeader';
import { PageSkeleton } from '../../../components/PageSkeleton';
import { FLOOR_PLANS_PATH } from '../../../lib/paths';
import { useLocations } from '../../places';
import { AnalyticsDashboard } from '../components/AnalyticsDashboard';

/**
 * Utilization analytics for facility managers and tenant admins: aggregates only, figures from fewer
 * bookings than the organization's minimum group size withheld. Loaded on first use (the charts are heavy).
 */
export function AnalyticsPage() {
  const { t } = useTranslation();
  const locations = useLocations();
  let content;
  if (locations.isPending) {
    content = <PageSkeleton />;
  } else if (locations.isError) {
    content = <ErrorState error={locations.error} onRetry={() => void locations.refetch()} />;
  } else if (locations.data.length === 0) {
    content = (
      <EmptyState
        mt="xl"
        icon={<IconBuilding size={32} aria-hidden />}
        withIndicatorBackground
        title={t('analytics.empty.noLocations.title')}
        description={t('analytics.empty.noLocations.description')}
      >
        <EmptyState.Actions>
          <Button component={Link} to={FLOOR_PLANS_PATH}>
            {t('analytics.empty.noLocations.openEditor')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  } else {
    content = <AnalyticsDashboard locations={locations.data} />;
  }
  return (
    <Stack gap={0}>
      <PageHeader title={t('analytics.title')} description={t('analytics.description')} />
      {content}
    </Stack>
  );
}
