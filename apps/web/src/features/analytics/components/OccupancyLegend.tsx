import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatPercent } from '../figures';
import { OCCUPANCY_BANDS, type OccupancyBand } from '../occupancy-scale';
import { bandClass, swatchClass } from './occupancy-classes';

interface OccupancyLegendProps {
  locale: string;
  minGroupSize: number;
  /** What the neutral swatch means here: a closed hour, or a desk without figure. */
  noneLabel: string;
  label: string;
}

/** The colour scale with what each colour means, shared by the heatmap and the floor overlay. */
export function OccupancyLegend({ locale, minGroupSize, noneLabel, label }: OccupancyLegendProps) {
  const { t } = useTranslation();
  const entries: { band: OccupancyBand; text: string }[] = [
    ...OCCUPANCY_BANDS.map((band) => ({
      band: band.id,
      text: t('analytics.legend.band', { from: formatPercent(band.from, locale), to: formatPercent(band.to, locale) }),
    })),
    { band: 'withheld', text: t('analytics.withheld', { count: minGroupSize }) },
    { band: 'none', text: noneLabel },
  ];
  return (
    <Group component="ul" aria-label={label} gap="md" p={0} m={0} style={{ listStyle: 'none' }} wrap="wrap">
      {entries.map((entry) => (
        <Group component="li" key={entry.band} gap={6} wrap="nowrap">
          <span className={`${swatchClass} ${bandClass(entry.band)}`} aria-hidden />
          <Text size="sm">{entry.text}</Text>
        </Group>
      ))}
    </Group>
  );
}
