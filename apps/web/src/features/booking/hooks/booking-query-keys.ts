import { QUERY_ROOTS } from '../../../api/query-keys';

export const bookingQueryKeys = {
  all: [QUERY_ROOTS.bookings] as const,
  availabilityAll: () => [...bookingQueryKeys.all, 'availability'] as const,
  availability: (floorId: string, range: { from: string; to: string }) =>
    [...bookingQueryKeys.availabilityAll(), floorId, range.from, range.to] as const,
  mineAll: () => [...bookingQueryKeys.all, 'mine'] as const,
  mine: (range: { from: string; to: string }) => [...bookingQueryKeys.mineAll(), range.from, range.to] as const,
  deskScan: (token: string) => [...bookingQueryKeys.all, 'desk-scan', token] as const,
  // Members are the users resource: a renamed or removed member refreshes the search too.
  memberDirectory: (q: string) => [QUERY_ROOTS.users, 'directory', q] as const,
};
