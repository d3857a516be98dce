import { Button, EmptyState, Stack, Text } from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { OfficeLocation } from '../../../api/types';
import { formattingLocale } from '../../../lib/formatting-locale';
import { presetRange } from '../date-range';
import { useAnalyticsSummary } from '../hooks/useAnalytics';
import { useDashboardScope } from '../hooks/useDashboardScope';
import { AnalyticsFiltersBar } from './AnalyticsFiltersBar';
import { DashboardFigures } from './DashboardFigures';
import { FreshnessBar } from './FreshnessBar';
import { QueryState } from './QueryState';

/** The dashboard for the organization's locations: filters, when the figures are from, then the figures. */
export function AnalyticsDashboard({ locations }: { locations: readonly OfficeLocation[] }) {
  const { t, i18n } = useTranslation();
  const locale = formattingLocale(i18n.language);
  const view = useDashboardScope(locations);
  const { location, scope, today } = view;
  const summary = useAnalyticsSummary(scope);

  return (
    <Stack gap="lg">
      <AnalyticsFiltersBar
        locations={locations}
        location={location}
        onLocationChange={view.setLocation}
        floors={view.floors}
        floorId={view.floor?.id ?? null}
        onFloorChange={view.setFloor}
        zones={view.zones}
        zone={scope?.zone ?? null}
        onZoneChange={view.setZone}
        range={view.range}
        today={today}
        onRangeChange={view.setRange}
      />
      {/* The fields say what is wrong with the days; until they make a range, nothing is asked. */}
      {!scope && <Text c="dimmed">{t('analytics.filters.chooseRange')}</Text>}
      {scope && (
        <QueryState query={summary} height={240}>
          {(figures) => (
            <Stack gap="lg">
              <FreshnessBar refreshedAt={figures.refreshedAt} zone={location.timezone} locale={locale} />
              {/* No bookings at all: nothing to chart (a withheld count is null, not 0). */}
              {figures.bookings === 0 ? (
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
                        view.setRange(presetRange('lastYear', today));
                      }}
                    >
                      {t('analytics.empty.noBookings.lastYear')}
                    </Button>
                  </EmptyState.Actions>
                </EmptyState>
              ) : (
                <DashboardFigures
                  summary={figures}
                  scope={scope}
                  location={location}
                  floor={view.floor}
                  granularity={view.granularity}
                  onGranularityChange={view.setGranularity}
                  locale={locale}
                />
              )}
            </Stack>
          )}
        </QueryState>
      )}
    </Stack>
  );
}
