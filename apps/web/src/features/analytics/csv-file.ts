import type { AnalyticsDataset, AnalyticsScope } from './types';

/** "deskbook-heatmap-2026-03-01-2026-03-28.csv": what, and for which days, readable in a downloads folder. */
export function csvFileName(dataset: AnalyticsDataset, scope: Pick<AnalyticsScope, 'from' | 'to'>): string {
  return `deskbook-${dataset}-${scope.from}-${scope.to}.csv`;
}
