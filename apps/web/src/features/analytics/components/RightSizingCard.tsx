import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { rightSizingOf } from '../figures';
import type { UtilizationSummary } from '../types';
import { AnalyticsCard } from './AnalyticsCard';

/** How many desks the scope needed on its busiest day and on 95 % of days, next to how many it has. */
export function RightSizingCard({ summary }: { summary: UtilizationSummary }) {
  const { t } = useTranslation();
  const sizing = rightSizingOf(summary.desksNeeded, summary.bookableDesks);
  return (
    <AnalyticsCard title={t('analytics.rightSizing.title')}>
      <Text size="lg">
        {sizing
          ? t('analytics.rightSizing.sentence', { ...sizing })
          : summary.suppressed
            ? t('analytics.rightSizing.withheld', { reason: t('analytics.withheld', { count: summary.minGroupSize }) })
            : t('analytics.rightSizing.none')}
      </Text>
      <Text size="sm" c="dimmed">
        {t('analytics.rightSizing.explanation')}
      </Text>
    </AnalyticsCard>
  );
}
