import { useMemo } from 'react';
import { Marker } from 'react-leaflet';
import type { PlanSize } from '../../places';
import { planToLatLng } from '../../places';
import { PlanMap } from '../../places/ui';
import type { OccupancyBand } from '../occupancy-scale';
import { occupancyIcon } from './occupancy-icon';

export interface OccupancyDesk {
  deskId: string;
  label: string;
  x: number;
  y: number;
  /** "42 %", "< 5" (withheld) or "–". */
  figure: string;
  band: OccupancyBand;
}

interface OccupancyMapProps {
  floorId: string;
  size: PlanSize;
  label: string;
  desks: readonly OccupancyDesk[];
}

function OccupancyMarker({ desk, size }: { desk: OccupancyDesk; size: PlanSize }) {
  const { label, figure, band } = desk;
  const icon = useMemo(() => occupancyIcon({ label, figure, band }), [label, figure, band]);
  // Not focusable: the ranking table next to the plan holds the same figures for keyboard and screen reader use.
  return <Marker position={planToLatLng(desk, size)} icon={icon} keyboard={false} interactive={false} />;
}

/** The booking map's plan with each desk coloured by its occupancy and labelled with its figure. */
export function OccupancyMap({ floorId, size, label, desks }: OccupancyMapProps) {
  return (
    <PlanMap floorId={floorId} size={size} label={label}>
      {desks.map((desk) => (
        <OccupancyMarker key={desk.deskId} desk={desk} size={size} />
      ))}
    </PlanMap>
  );
}
