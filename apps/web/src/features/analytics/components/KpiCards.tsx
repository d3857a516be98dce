import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { figureOf, formatDay, formatNumber, formatPercent } from '../figures';
import { useFigureText } from '../hooks/useFigureText';
import type { UtilizationSummary } from '../types';

interface KpiProps {
  label: string;
  value: string;
  hint: string;
}

function Kpi({ label, value, hint }: KpiProps) {
  return (
    <Paper withBorder p="md" component="li" style={{ listStyle: 'none' }}>
      <Stack gap={4}>
        <Text size="sm" c="dimmed" fw={600}>
          {label}
        </Text>
        <Text size="xl" fw={700} lh={1.2}>
          {value}
        </Text>
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      </Stack>
    </Paper>
  );
}

/** The headline figures of the summary, one card each; they stack on a phone. */
export function KpiCards({ summary }: { summary: UtilizationSummary }) {
  const { t } = useTranslation();
  const { text, locale } = useFigureText(summary.minGroupSize);
  const figure = (value: number | null) => figureOf(value, summary.suppressed);
  const percent = (value: number | null) => text(figure(value), formatPercent);
  const peak = figure(summary.peakConcurrent);

  return (
    <SimpleGrid component="ul" cols={{ base: 1, xs: 2, md: 3 }} spacing="md" p={0} m={0} aria-label={t('analytics.kpi.title')}>
      <Kpi label={t('analytics.kpi.occupancy')} value={percent(summary.occupancyRate)} hint={t('analytics.kpi.occupancyHint')} />
      <Kpi label={t('analytics.kpi.deskDay')} value={percent(summary.deskDayOccupancy)} hint={t('analytics.kpi.deskDayHint')} />
      <Kpi
        label={t('analytics.kpi.peak')}
        value={peak.kind === 'value' ? t('analytics.kpi.peakDesks', { count: peak.value }) : text(peak, formatNumber)}
        hint={
          summary.peakDay && peak.kind === 'value'
            ? t('analytics.kpi.peakOn', { day: formatDay(summary.peakDay, locale) })
            : t('analytics.kpi.peakHint')
        }
      />
      <Kpi label={t('analytics.kpi.noShow')} value={percent(summary.noShowRate)} hint={t('analytics.kpi.noShowHint')} />
      <Kpi label={t('analytics.kpi.cancellation')} value={percent(summary.cancellationRate)} hint={t('analytics.kpi.cancellationHint')} />
      <Kpi
        label={t('analytics.kpi.leadTime')}
        value={text(figure(summary.medianLeadTimeDays), (days) =>
          t('analytics.kpi.leadTimeDays', { count: days, value: formatNumber(days, locale) }),
        )}
        hint={t('analytics.kpi.leadTimeHint')}
      />
    </SimpleGrid>
  );
}
