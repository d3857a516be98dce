import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { QUERY_ROOTS } from '../../../api/query-keys';
import { unwrap } from '../../../api/unwrap';

/** Whether this server sends mail (SMTP configured); without it, invite links are copied by hand. */
export function useMailStatus() {
  return useQuery({
    queryKey: [QUERY_ROOTS.mailStatus],
    queryFn: () => unwrap(api.GET('/api/admin/mail-status')),
    // A server setting: it changes only with a restart.
    staleTime: Infinity,
  });
}
