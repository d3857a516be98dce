import { QUERY_ROOTS } from '../../../api/query-keys';

export const auditQueryKeys = {
  all: [QUERY_ROOTS.auditLog] as const,
  list: (range: { from?: string; to?: string }) => [...auditQueryKeys.all, range] as const,
};
