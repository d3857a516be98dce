import { QUERY_ROOTS } from '../../../api/query-keys';

export const usersQueryKeys = {
  all: [QUERY_ROOTS.users] as const,
  list: () => [...usersQueryKeys.all, 'list'] as const,
};
