import { skipToken, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/unwrap';
import { bookingQueryKeys } from './booking-query-keys';

export function useMyBookings(range: { from: string; to: string } | null) {
  return useQuery({
    queryKey: bookingQueryKeys.mine(range ?? { from: '', to: '' }),
    queryFn: range ? () => unwrap(api.GET('/api/bookings/mine', { params: { query: range } })) : skipToken,
  });
}
