/**
 * The colour scale of the heatmap and the floor overlay: five bands of occupancy, plus "withheld" (too
 * few bookings to show) and "none" (nothing to compute, e.g. no bookable desk). Every band also shows
 * its figure as text, so colour is never the only signal. Band colours live in OccupancyScale.module.css.
 */
export const OCCUPANCY_BANDS = [
  { id: 'band0', from: 0, to: 0.2 },
  { id: 'band1', from: 0.2, to: 0.4 },
  { id: 'band2', from: 0.4, to: 0.6 },
  { id: 'band3', from: 0.6, to: 0.8 },
  { id: 'band4', from: 0.8, to: 1 },
] as const;

export type OccupancyBand = (typeof OCCUPANCY_BANDS)[number]['id'] | 'withheld' | 'none';

export function occupancyBand(rate: number | null, suppressed: boolean): OccupancyBand {
  if (rate === null) return suppressed ? 'withheld' : 'none';
  const band = OCCUPANCY_BANDS.find((candidate) => rate < candidate.to) ?? OCCUPANCY_BANDS[OCCUPANCY_BANDS.length - 1];
  return band.id;
}
