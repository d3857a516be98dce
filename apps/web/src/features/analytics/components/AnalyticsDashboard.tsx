import { Button, EmptyState, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { OfficeLocation } from '../../../api/types';
import { formattingLocale } from '../../../lib/formatting-locale';
import { useFloor, useFloors, zonesOf } from '../../places';
import { autoGranularity, presetRange, rangeProblem, todayIn, type DayRange } from '../date-range';
import { useAnalyticsFilters } from '../hooks/useAnalyticsFilters';
import { useAnalyticsSummary, useDeskFigures, useHeatmap, useUtilization } from '../hooks/useAnalytics';
import { useCsvDownload } from '../hooks/useCsvDownload';
import type { AnalyticsDataset, AnalyticsScope, UtilizationSummary } from '../types';
import { AnalyticsCard } from './AnalyticsCard';
import { AnalyticsFiltersBar } from './AnalyticsFiltersBar';
import { DeskRanking } from './DeskRanking';
import { FloorOccupancy } from './FloorOccupancy';
import { FreshnessBar } from './FreshnessBar';
import { HeatmapTable } from './HeatmapTable';
import { KpiCards } from './KpiCards';
import { OccupancyLegend } from './OccupancyLegend';
import { QueryState } from './QueryState';
import { RightSizingCard } from './RightSizingCard';
import { TrendChart } from './TrendChart';

/** No bookings at all in the scope: nothing to chart (withheld figures are not "none"). */
function hasNoBookings(summary: UtilizationSummary): boolean {
  return summary.bookings === 0;
}

/** The dashboard for one of the organization's locations: filters, then the figures of the chosen scope. */
export function AnalyticsDashboard({ locations }: { locations: readonly OfficeLocation[] }) {
  const { t, i18n } = useTranslation();
  const locale = formattingLocale(i18n.language);
  const { filters, setRange, setLocation, setFloor, setZone, setGranularity } = useAnalyticsFilters();
  const location = locations.find((candidate) => candidate.id === filters.locationId) ?? locations[0];
  const floors = useFloors(location.id);
  const floor = floors.data?.find((candidate) => candidate.id === filters.floorId) ?? null;
  const floorDetail = useFloor(floor?.id ?? null);
  const zones = floorDetail.data ? zonesOf(floorDetail.data.desks, i18n.language) : [];

  const today = todayIn(location.timezone);
  const fallback = presetRange('last4Weeks', today);
  const range: DayRange = { from: filters.from ?? fallback.from, to: filters.to ?? fallback.to };
  const scope: AnalyticsScope | null = rangeProblem(range)
    ? null
    : { ...range, locationId: location.id, floorId: floor?.id ?? null, zone: floor ? filters.zone : null };
  const granularity = filters.granularity ?? autoGranularity(range);

  const summary = useAnalyticsSummary(scope);
  const utilization = useUtilization(scope, granularity);
  const heatmap = useHeatmap(scope);
  const desks = useDeskFigures(scope);
  const csv = useCsvDownload();
  const download = (dataset: AnalyticsDataset) =>
    scope
      ? {
          onDownload: () => {
            csv.mutate({ dataset, scope, granularity });
          },
          downloading: csv.isPending && csv.variables.dataset === dataset,
        }
      : {};

  return (
    <Stack gap="lg">
      <AnalyticsFiltersBar
        locations={locations}
        location={location}
        onLocationChange={setLocation}
        floors={floors.data ?? []}
        floorId={floor?.id ?? null}
        onFloorChange={setFloor}
        zones={zones}
        zone={scope?.zone ?? null}
        onZoneChange={setZone}
        range={range}
        today={today}
        onRangeChange={setRange}
      />
      {csv.isError && (
        <Text c="red.8" role="alert">
          {t('analytics.csv.failed')}
        </Text>
      )}
      {scope && (
        <QueryState query={summary} height={240}>
          {(figures) => (
            <Stack gap="lg">
              <FreshnessBar refreshedAt={figures.refreshedAt} zone={location.timezone} locale={locale} />
              {hasNoBookings(figures) ? (
                <EmptyState
                  icon={<IconChartBar size={32} aria-hidden />}
                  withIndicatorBackground
                  title={t('analytics.empty.noBookings.title')}
                  description={t('analytics.empty.noBookings.description')}
                >
                  <EmptyState.Actions>
                    <Button
                      variant="default"
                      onClick={() => {
                        setRange(presetRange('lastYear', today));
                      }}
                    >
                      {t('analytics.empty.noBookings.lastYear')}
                    </Button>
                  </EmptyState.Actions>
                </EmptyState>
              ) : (
                <>
                  <AnalyticsCard title={t('analytics.kpi.title')} {...download('summary')}>
                    <KpiCards summary={figures} />
                  </AnalyticsCard>
                  <RightSizingCard summary={figures} />
                  <AnalyticsCard title={t('analytics.trend.title')} {...download('utilization')}>
                    <QueryState query={utilization} height={260}>
                      {(points) => (
                        <TrendChart
                          points={points}
                          granularity={granularity}
                          onGranularityChange={setGranularity}
                          locale={locale}
                          minGroupSize={figures.minGroupSize}
                        />
                      )}
                    </QueryState>
                  </AnalyticsCard>
                  <AnalyticsCard title={t('analytics.heatmap.title')} {...download('heatmap')}>
                    <QueryState query={heatmap} height={220}>
                      {(cells) => (
                        <>
                          <HeatmapTable cells={cells} minGroupSize={figures.minGroupSize} zone={location.timezone} />
                          <OccupancyLegend
                            locale={locale}
                            minGroupSize={figures.minGroupSize}
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
                          {(rows) => <FloorOccupancy floor={floor} desks={rows} minGroupSize={figures.minGroupSize} locale={locale} />}
                        </QueryState>
                      </AnalyticsCard>
                      <AnalyticsCard title={t('analytics.desks.title')} {...download('desks')}>
                        <QueryState query={desks} height={300}>
                          {(rows) => <DeskRanking desks={rows} floorName={floor.name} minGroupSize={figures.minGroupSize} />}
                        </QueryState>
                      </AnalyticsCard>
                    </SimpleGrid>
                  ) : (
                    <Text c="dimmed">{t('analytics.chooseFloor')}</Text>
                  )}
                </>
              )}
            </Stack>
          )}
        </QueryState>
      )}
    </Stack>
  );
}
