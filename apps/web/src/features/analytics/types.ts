import type { paths, Schemas } from '@deskbook/api-client';

export type UtilizationSummary = Schemas['UtilizationSummaryDto'];
export type UtilizationPoint = Schemas['UtilizationPointDto'];
export type HeatmapCell = Schemas['HeatmapCellDto'];
export type DeskFigures = Schemas['DeskFiguresDto'];
export type AnalyticsStatus = Schemas['AnalyticsStatusDto'];
export type Granularity = NonNullable<paths['/api/analytics/utilization']['get']['parameters']['query']['granularity']>;

/** What every analytics request is about: a range of local days and a location, or one floor, maybe one zone. */
export interface AnalyticsScope {
  from: string;
  to: string;
  locationId: string;
  /** Null: the whole location. */
  floorId: string | null;
  /** Null: every zone. */
  zone: string | null;
}

/** The figures with a CSV download of their own, named as the API's paths are. */
export type AnalyticsDataset = 'summary' | 'utilization' | 'heatmap' | 'desks';
