import { useEffect, useRef } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { invalidateAfter } from '../../../api/query-keys';
import { unwrap } from '../../../api/unwrap';
import { waitForRefresh } from '../refresh-status';

/**
 * "Refresh now": POST /analytics/refresh queues a rebuild of the rollup, then GET /analytics/status is
 * polled until its time moves; then every figure on screen is refetched. The mutation's data says how it
 * ended ('done', or 'tooLong' when the job did not finish in five minutes).
 */
export function useAnalyticsRefresh() {
  const queryClient = useQueryClient();
  // Leaving the page stops the polling; the rebuild itself runs on.
  const pageLeft = useRef(new AbortController());
  useEffect(() => {
    const controller = new AbortController();
    pageLeft.current = controller;
    return () => controller.abort();
  }, []);
  return useMutation({
    mutationFn: async (shownRefreshedAt: string | null) => {
      await unwrap(api.POST('/api/analytics/refresh'));
      return waitForRefresh(shownRefreshedAt, {
        readRefreshedAt: async () => (await unwrap(api.GET('/api/analytics/status'))).refreshedAt,
        signal: pageLeft.current.signal,
      });
    },
    onSuccess: async (outcome) => {
      if (outcome === 'done') await invalidateAfter(queryClient, 'analyticsRefreshed');
    },
  });
}
