import type { Schemas } from '@deskbook/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { invalidateAfter, QUERY_ROOTS } from '../../../api/query-keys';
import { unwrap, unwrapEmpty } from '../../../api/unwrap';

export type FavouriteDesk = Schemas['FavouriteDeskDto'];

export const favouriteQueryKeys = {
  all: [QUERY_ROOTS.favourites] as const,
};

/** The caller's favourite desks, their usual desk among them. */
export function useFavourites() {
  return useQuery({
    queryKey: favouriteQueryKeys.all,
    queryFn: () => unwrap(api.GET('/api/me/favourites')),
    staleTime: 60_000,
  });
}

function useRefreshFavourites() {
  const queryClient = useQueryClient();
  return () => invalidateAfter(queryClient, 'favouritesChanged');
}

/** Adds (`favourite: true`) or removes a favourite desk. */
export function useToggleFavourite() {
  const refresh = useRefreshFavourites();
  return useMutation({
    mutationFn: ({ deskId, favourite }: { deskId: string; favourite: boolean }) => {
      const params = { params: { path: { deskId } } };
      return unwrapEmpty(favourite ? api.PUT('/api/me/favourites/{deskId}', params) : api.DELETE('/api/me/favourites/{deskId}', params));
    },
    onSettled: refresh,
  });
}

/** Makes a desk the usual one (`deskId`), or leaves the person without a usual desk (null). */
export function useSetUsualDesk() {
  const refresh = useRefreshFavourites();
  return useMutation({
    mutationFn: (deskId: string | null) =>
      unwrapEmpty(deskId ? api.PUT('/api/me/usual-desk', { body: { deskId } }) : api.DELETE('/api/me/usual-desk')),
    onSettled: refresh,
  });
}
