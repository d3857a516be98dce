import { skipToken, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/unwrap';
import type { AnalyticsScope, Granularity } from '../types';
import { analyticsQueryKeys } from './analytics-query-keys';
import { scopeQuery } from './analytics-query';

// The figures change only when the rollup refreshes (hourly, or "Refresh now"): no refetch on focus.
const STALE_MS = 5 * 60_000;

/** The KPI figures of the scope; idle while the filters do not make a valid scope. */
export function useAnalyticsSummary(scope: AnalyticsScope | null) {
  return useQuery({
    queryKey: analyticsQueryKeys.summary(scope ?? emptyScope),
    queryFn: scope ? () => unwrap(api.GET('/api/analytics/summary', { params: { query: scopeQuery(scope) } })) : skipToken,
    staleTime: STALE_MS,
  });
}

export function useUtilization(scope: AnalyticsScope | null, granularity: Granularity) {
  return useQuery({
    queryKey: analyticsQueryKeys.utilization(scope ?? emptyScope, granularity),
    queryFn: scope
      ? () => unwrap(api.GET('/api/analytics/utilization', { params: { query: { ...scopeQuery(scope), granularity } } }))
      : skipToken,
    staleTime: STALE_MS,
  });
}

export function useHeatmap(scope: AnalyticsScope | null) {
  return useQuery({
    queryKey: analyticsQueryKeys.heatmap(scope ?? emptyScope),
    queryFn: scope ? () => unwrap(api.GET('/api/analytics/heatmap', { params: { query: scopeQuery(scope) } })) : skipToken,
    staleTime: STALE_MS,
  });
}

/** The figures of each desk: only for one floor (the API needs floorId). */
export function useDeskFigures(scope: AnalyticsScope | null) {
  const floorScope = scope?.floorId ? scope : null;
  return useQuery({
    queryKey: analyticsQueryKeys.desks(floorScope ?? emptyScope),
    queryFn: floorScope ? () => unwrap(api.GET('/api/analytics/desks', { params: { query: scopeQuery(floorScope) } })) : skipToken,
    staleTime: STALE_MS,
  });
}

const emptyScope: AnalyticsScope = { from: '', to: '', locationId: '', floorId: null, zone: null };
