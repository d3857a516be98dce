import { Skeleton, Text } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Floor } from '../../../api/types';
import { planSizeOf } from '../../places';
import { figureOf, formatPercent } from '../figures';
import { occupancyBand } from '../occupancy-scale';
import type { DeskFigures } from '../types';
import { OccupancyLegend } from './OccupancyLegend';
import type { OccupancyDesk } from './OccupancyMap';

// Leaflet comes with the map, after the charts (the booking page shares the same chunk).
const OccupancyMap = lazy(() => import('./OccupancyMap').then((module) => ({ default: module.OccupancyMap })));

interface FloorOccupancyProps {
  floor: Floor;
  desks: readonly DeskFigures[];
  minGroupSize: number;
  locale: string;
}

/** The floor plan with desks coloured by occupancy, and its legend; withheld desks stay neutral. */
export function FloorOccupancy({ floor, desks, minGroupSize, locale }: FloorOccupancyProps) {
  const { t } = useTranslation();
  const size = planSizeOf(floor);
  if (!size) return <Text c="dimmed">{t('analytics.map.noPlan', { floor: floor.name })}</Text>;

  const markers: OccupancyDesk[] = desks.map((desk) => {
    const figure = figureOf(desk.occupancyRate, desk.suppressed);
    return {
      deskId: desk.deskId,
      label: desk.label,
      x: desk.x,
      y: desk.y,
      figure:
        figure.kind === 'value'
          ? formatPercent(figure.value, locale)
          : figure.kind === 'withheld'
            ? t('analytics.withheldShort', { count: minGroupSize })
            : '–',
      band: occupancyBand(desk.occupancyRate, desk.suppressed),
    };
  });
  const label = t('analytics.map.label', { floor: floor.name });
  return (
    <>
      <Suspense fallback={<Skeleton height={420} role="status" aria-label={t('states.loading')} />}>
        <div style={{ display: 'flex', minHeight: 420 }}>
          <OccupancyMap floorId={floor.id} size={size} label={label} desks={markers} />
        </div>
      </Suspense>
      <OccupancyLegend
        locale={locale}
        minGroupSize={minGroupSize}
        noneLabel={t('analytics.legend.noFigure')}
        label={t('analytics.map.legend')}
      />
    </>
  );
}
