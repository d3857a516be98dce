import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { QUERY_ROOTS } from '../../../api/query-keys';
import { unwrap } from '../../../api/unwrap';

/** Under the bookings root: a booking made or cancelled anywhere refreshes the answers too. */
export const colleagueQueryKeys = {
  search: (q: string, date: string) => [QUERY_ROOTS.bookings, 'colleagues', q, date] as const,
};

/** Where the people matching `q` sit on `date`; idle while `q` is null (too short). */
export function useColleagueSearch(q: string | null, date: string) {
  return useQuery({
    queryKey: colleagueQueryKeys.search(q ?? '', date),
    queryFn: () => unwrap(api.GET('/api/colleagues', { params: { query: { q: q ?? '', date } } })),
    enabled: q !== null && date !== '',
    placeholderData: keepPreviousData,
  });
}
