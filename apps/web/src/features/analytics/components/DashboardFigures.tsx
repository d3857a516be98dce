import { SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Floor, OfficeLocation } from '../../../api/types';
import { useDeskFigures, useHeatmap, useUtilization } from '../hooks/useAnalytics';
import { useCsvDownload } from '../hooks/useCsvDownload';
import type { AnalyticsDataset, AnalyticsScope, Granularity, UtilizationSummary } from '../types';
import { AnalyticsCard } from './AnalyticsCard';
import { DeskRanking } from './DeskRanking';
import { FloorOccupancy } from './FloorOccupancy';
import { HeatmapTable } from './HeatmapTable';
import { KpiCards } from './KpiCards';
import { OccupancyLegend } from './OccupancyLegend';
import { QueryState } from './QueryState';
import { RightSizingCard } from './RightSizingCard';
import { TrendChart } from './TrendChart';

interface DashboardFiguresProps {
  summary: UtilizationSummary;
  scope: AnalyticsScope;
  location: OfficeLocation;
  floor: Floor | null;
  granularity: Granularity;
  onGranularityChange: (granularity: Granularity) => void;
  locale: string;
}

/** The cards of a scope with bookings: key figures, right-sizing, trend, heatmap, and per floor the plan and ranking. */
export function DashboardFigures({ summary, scope, location, floor, granularity, onGranularityChange, locale }: DashboardFiguresProps) {
  const { t } = useTranslation();
  const utilization = useUtilization(scope, granularity);
  const heatmap = useHeatmap(scope);
  const desks = useDeskFigures(scope);
  const csv = useCsvDownload();
  const download = (dataset: AnalyticsDataset) => ({
    onDownload: () => {
      csv.mutate({ dataset, scope, granularity });
    },
    downloading: csv.isPending && csv.variables.dataset === dataset,
  });
  const { minGroupSize } = summary;

  return (
    <>
      {csv.isError && (
        <Text c="red.8" role="alert">
          {t('analytics.csv.failed')}
        </Text>
      )}
      <AnalyticsCard title={t('analytics.kpi.title')} {...download('summary')}>
        <KpiCards summary={summary} />
      </AnalyticsCard>
      <RightSizingCard summary={summary} />
      <AnalyticsCard title={t('analytics.trend.title')} {...download('utilization')}>
        <QueryState query={utilization} height={260}>
          {(points) => (
            <TrendChart
              points={points}
              granularity={granularity}
              onGranularityChange={onGranularityChange}
              locale={locale}
              minGroupSize={minGroupSize}
            />
          )}
        </QueryState>
      </AnalyticsCard>
      <AnalyticsCard title={t('analytics.heatmap.title')} {...download('heatmap')}>
        <QueryState query={heatmap} height={220}>
          {(cells) => (
            <>
              <HeatmapTable cells={cells} minGroupSize={minGroupSize} zone={location.timezone} />
              <OccupancyLegend
                locale={locale}
                minGroupSize={minGroupSize}
                noneLabel={t('analytics.legend.closed')}
                label={t('analytics.heatmap.legend')}
              />
            </>
          )}
        </QueryState>
      </AnalyticsCard>
      {floor ? (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <AnalyticsCard title={t('analytics.map.title')} {...download('desks')}>
            <QueryState query={desks} height={420}>
              {(rows) => <FloorOccupancy floor={floor} desks={rows} minGroupSize={minGroupSize} locale={locale} />}
            </QueryState>
          </AnalyticsCard>
          <AnalyticsCard title={t('analytics.desks.title')} {...download('desks')}>
            <QueryState query={desks} height={300}>
              {(rows) => <DeskRanking desks={rows} floorName={floor.name} minGroupSize={minGroupSize} />}
            </QueryState>
          </AnalyticsCard>
        </SimpleGrid>
      ) : (
        <Text c="dimmed">{t('analytics.chooseFloor')}</Text>
      )}
    </>
  );
}
