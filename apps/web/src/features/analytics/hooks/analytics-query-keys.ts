import { QUERY_ROOTS } from '../../../api/query-keys';
import type { AnalyticsScope, Granularity } from '../types';

export const analyticsQueryKeys = {
  all: [QUERY_ROOTS.analytics] as const,
  summary: (scope: AnalyticsScope) => [...analyticsQueryKeys.all, 'summary', scope] as const,
  utilization: (scope: AnalyticsScope, granularity: Granularity) => [...analyticsQueryKeys.all, 'utilization', scope, granularity] as const,
  heatmap: (scope: AnalyticsScope) => [...analyticsQueryKeys.all, 'heatmap', scope] as const,
  desks: (scope: AnalyticsScope) => [...analyticsQueryKeys.all, 'desks', scope] as const,
};
