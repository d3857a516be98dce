import { useMutation } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/unwrap';
import { downloadFile } from '../../../lib/download-file';
import { csvFileName } from '../csv-file';
import type { AnalyticsDataset, AnalyticsScope, Granularity } from '../types';
import { scopeQuery } from './analytics-query';

/**
 * The CSV of one dataset, fetched through the API client (the session cookie and the app's error
 * handling come with it) and saved as a file: the same query as the chart, plus `format=csv`.
 */
function fetchCsv(dataset: AnalyticsDataset, scope: AnalyticsScope, granularity: Granularity): Promise<Blob> {
  const query = { ...scopeQuery(scope), format: 'csv' as const };
  const asBlob = { parseAs: 'blob' as const };
  switch (dataset) {
    case 'summary':
      return unwrap(api.GET('/api/analytics/summary', { params: { query }, ...asBlob }));
    case 'utilization':
      return unwrap(api.GET('/api/analytics/utilization', { params: { query: { ...query, granularity } }, ...asBlob }));
    case 'heatmap':
      return unwrap(api.GET('/api/analytics/heatmap', { params: { query }, ...asBlob }));
    case 'desks':
      return unwrap(api.GET('/api/analytics/desks', { params: { query }, ...asBlob }));
  }
}

interface CsvRequest {
  dataset: AnalyticsDataset;
  scope: AnalyticsScope;
  granularity: Granularity;
}

export function useCsvDownload() {
  return useMutation({
    mutationFn: async ({ dataset, scope, granularity }: CsvRequest) => {
      downloadFile(csvFileName(dataset, scope), await fetchCsv(dataset, scope, granularity));
    },
  });
}
