import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/unwrap';
import { auditQueryKeys } from './audit-query-keys';

/** Events between two instants (ISO), newest first. */
export function useAuditLog(range: { from?: string; to?: string }, enabled = true) {
  return useQuery({
    queryKey: auditQueryKeys.list(range),
    queryFn: async () => {
      const events = await unwrap(api.GET('/api/admin/audit-log', { params: { query: range } }));
      return [...events].sort((a, b) => b.at.localeCompare(a.at));
    },
    enabled,
    placeholderData: keepPreviousData,
  });
}
