import { LineChart } from '@mantine/charts';
import { Group, SegmentedControl, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatPercent, formatPeriod, percentPoint } from '../figures';
import type { Granularity, UtilizationPoint } from '../types';
import { TrendTable } from './TrendTable';

const GRANULARITIES: readonly Granularity[] = ['day', 'week', 'month'];

interface TrendChartProps {
  points: readonly UtilizationPoint[];
  granularity: Granularity;
  onGranularityChange: (granularity: Granularity) => void;
  locale: string;
  minGroupSize: number;
}

/** Occupancy per day, week or month; a withheld period is a gap in the line, never a drop to 0. */
export function TrendChart({ points, granularity, onGranularityChange, locale, minGroupSize }: TrendChartProps) {
  const { t } = useTranslation();
  const data = points.map((point) => ({
    period: formatPeriod(point.period, granularity, locale),
    occupancy: percentPoint(point.occupancyRate),
    deskDay: percentPoint(point.deskDayOccupancy),
  }));
  const withheld = points.filter((point) => point.suppressed).length;
  return (
    <>
      <Group justify="space-between" gap="xs">
        <SegmentedControl
          size="xs"
          aria-label={t('analytics.trend.granularity')}
          value={granularity}
          data={GRANULARITIES.map((value) => ({ value, label: t(`analytics.trend.by.${value}`) }))}
          onChange={(value) => {
            onGranularityChange(value);
          }}
        />
        {granularity === 'week' && (
          <Text size="xs" c="dimmed">
            {t('analytics.trend.weeksStartMonday')}
          </Text>
        )}
      </Group>
      {/* Named as a figure: recharts draws its own keyboard layer inside; the CSV holds the numbers. */}
      <div role="figure" aria-label={t('analytics.trend.chartLabel')}>
        <LineChart
          h={260}
          data={data}
          dataKey="period"
          series={[
            { name: 'occupancy', label: t('analytics.trend.occupancy'), color: 'blue.8' },
            { name: 'deskDay', label: t('analytics.trend.deskDay'), color: 'teal.9' },
          ]}
          connectNulls={false}
          withLegend
          legendProps={{ verticalAlign: 'bottom' }}
          curveType="monotone"
          yAxisProps={{ domain: [0, 100], width: 56 }}
          valueFormatter={(value) => formatPercent(value / 100, locale)}
        />
      </div>
      {withheld > 0 && (
        <Text size="sm" c="dimmed">
          {t('analytics.trend.withheld', { count: withheld, reason: t('analytics.withheld', { count: minGroupSize }) })}
        </Text>
      )}
      <TrendTable points={points} granularity={granularity} minGroupSize={minGroupSize} />
    </>
  );
}
