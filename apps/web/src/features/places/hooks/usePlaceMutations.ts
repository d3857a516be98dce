import { API_LIMITS, type Schemas } from '@deskbook/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { Desk, FloorWithDesks } from '../../../api/types';
import { unwrap, unwrapEmpty } from '../../../api/unwrap';
import { invalidateAfter } from '../../../api/query-keys';
import { placesQueryKeys } from './places-query-keys';

export type CreateLocationInput = Schemas['CreateLocationDto'];
export type UpdateLocationInput = Schemas['UpdateLocationDto'];
export type CreateFloorInput = Schemas['CreateFloorDto'];
export type UpdateFloorInput = Schemas['UpdateFloorDto'];
export type CreateDeskInput = Schemas['CreateDeskDto'];
export type UpdateDeskInput = Schemas['UpdateDeskDto'];

/** Places changed: every list of them, and the availability built from them, is out of date. */
function useRefreshPlaces() {
  const queryClient = useQueryClient();
  return () => invalidateAfter(queryClient, 'placesChanged');
}

export function useCreateLocation() {
  const refresh = useRefreshPlaces();
  return useMutation({
    mutationFn: (input: CreateLocationInput) => unwrap(api.POST('/api/locations', { body: input })),
    onSuccess: refresh,
  });
}

export function useUpdateLocation() {
  const refresh = useRefreshPlaces();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UpdateLocationInput }) =>
      unwrap(api.PATCH('/api/locations/{id}', { params: { path: { id } }, body: changes })),
    onSuccess: refresh,
  });
}

export function useDeleteLocation() {
  const refresh = useRefreshPlaces();
  return useMutation({
    mutationFn: (id: string) => unwrapEmpty(api.DELETE('/api/locations/{id}', { params: { path: { id } } })),
    onSuccess: refresh,
  });
}

export function useCreateFloor() {
  const refresh = useRefreshPlaces();
  return useMutation({
    mutationFn: ({ locationId, input }: { locationId: string; input: CreateFloorInput }) =>
      unwrap(api.POST('/api/locations/{id}/floors', { params: { path: { id: locationId } }, body: input })),
    onSuccess: refresh,
  });
}

export function useUpdateFloor() {
  const refresh = useRefreshPlaces();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UpdateFloorInput }) =>
      unwrap(api.PATCH('/api/floors/{id}', { params: { path: { id } }, body: changes })),
    onSuccess: refresh,
  });
}

export function useDeleteFloor() {
  const refresh = useRefreshPlaces();
  return useMutation({
    mutationFn: (id: string) => unwrapEmpty(api.DELETE('/api/floors/{id}', { params: { path: { id } } })),
    onSuccess: refresh,
  });
}

/** Largest plan the API takes; bigger files are refused here without uploading them. */
export const MAX_PLAN_BYTES = API_LIMITS.maxPlanBytes;

export function useUploadPlan() {
  const refresh = useRefreshPlaces();
  return useMutation({
    mutationFn: ({ floorId, file }: { floorId: string; file: File }) => {
      const form = new FormData();
      form.append('file', file);
      return unwrap(
        api.PUT('/api/floors/{id}/plan', {
          params: { path: { id: floorId } },
          // The OpenAPI type calls the binary field a string; the client sends FormData as multipart.
          body: form as unknown as { file: string },
        }),
      );
    },
    onSuccess: refresh,
  });
}

/**
 * Desk writes of the editor. They update the cached floor at once (a dragged desk must not jump back
 * while the request runs) and put it back if the API refuses.
 */
function useDeskCache(floorId: string) {
  const queryClient = useQueryClient();
  const key = placesQueryKeys.floor(floorId);
  return {
    update: (change: (desks: Desk[]) => Desk[]) => {
      const previous = queryClient.getQueryData<FloorWithDesks>(key);
      if (previous) queryClient.setQueryData<FloorWithDesks>(key, { ...previous, desks: change(previous.desks) });
      return previous;
    },
    restore: (previous: FloorWithDesks | undefined) => {
      if (previous) queryClient.setQueryData(key, previous);
    },
  };
}

export function useCreateDesk(floorId: string) {
  const refresh = useRefreshPlaces();
  const cache = useDeskCache(floorId);
  return useMutation({
    mutationFn: (input: CreateDeskInput) => unwrap(api.POST('/api/floors/{id}/desks', { params: { path: { id: floorId } }, body: input })),
    onSuccess: (desk) => {
      cache.update((desks) => [...desks, desk]);
      return refresh();
    },
  });
}

export function useUpdateDesk(floorId: string) {
  const refresh = useRefreshPlaces();
  const cache = useDeskCache(floorId);
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UpdateDeskInput }) =>
      unwrap(api.PATCH('/api/desks/{id}', { params: { path: { id } }, body: changes })),
    onMutate: ({ id, changes }) => ({
      previous: cache.update((desks) => desks.map((desk) => (desk.id === id ? { ...desk, ...changes } : desk))),
    }),
    onError: (_error, _input, context) => {
      cache.restore(context?.previous);
    },
    onSettled: refresh,
  });
}

export function useDeleteDesk(floorId: string) {
  const refresh = useRefreshPlaces();
  const cache = useDeskCache(floorId);
  return useMutation({
    mutationFn: (id: string) => unwrapEmpty(api.DELETE('/api/desks/{id}', { params: { path: { id } } })),
    onMutate: (id) => ({ previous: cache.update((desks) => desks.filter((desk) => desk.id !== id)) }),
    onError: (_error, _id, context) => {
      cache.restore(context?.previous);
    },
    onSettled: refresh,
  });
}
