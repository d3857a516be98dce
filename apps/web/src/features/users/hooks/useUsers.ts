import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/unwrap';
import { usersQueryKeys } from './users-query-keys';

export function useUsers() {
  return useQuery({
    queryKey: usersQueryKeys.list(),
    queryFn: () => unwrap(api.GET('/api/users')),
  });
}
