import type { Schemas } from '@deskbook/api-client';
import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { invalidateAfter, QUERY_ROOTS } from '../../../api/query-keys';
import { unwrap, unwrapEmpty } from '../../../api/unwrap';

export type DeskBlock = Schemas['DeskBlockDto'];
export type CreateBlockInput = Schemas['CreateDeskBlockDto'];

export const deskBlocksQueryKeys = {
  all: [QUERY_ROOTS.deskBlocks] as const,
  ofFloor: (floorId: string) => [...deskBlocksQueryKeys.all, 'floor', floorId] as const,
};

/** A floor's current and future blocks (staff only). */
export function useFloorBlocks(floorId: string | null) {
  return useQuery({
    queryKey: deskBlocksQueryKeys.ofFloor(floorId ?? ''),
    queryFn: floorId ? () => unwrap(api.GET('/api/floors/{id}/blocks', { params: { path: { id: floorId } } })) : skipToken,
  });
}

/** Creates a block; without `confirm`, bookings inside make it fail with 409 BLOCK_HAS_BOOKINGS (they are listed). */
export function useCreateBlock() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ floorId, input, confirm }: { floorId: string; input: CreateBlockInput; confirm: boolean }) =>
      unwrap(
        api.POST('/api/floors/{id}/blocks', {
          params: { path: { id: floorId }, query: confirm ? { confirm: 'true' } : {} },
          body: input,
        }),
      ),
    onSuccess: () => invalidateAfter(queryClient, 'blocksChanged'),
  });
}

export function useRemoveBlock() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrapEmpty(api.DELETE('/api/blocks/{id}', { params: { path: { id } } })),
    onSuccess: () => invalidateAfter(queryClient, 'blocksChanged'),
  });
}
