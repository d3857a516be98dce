import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { hasErrorCode, type ApiError } from '../../api/api-error';

/** The API's answer while a dependency (the database, the job queue) is down: 503, the session still valid. */
export function isServiceUnavailable(error: unknown): error is ApiError {
  return hasErrorCode(error, 'SERVICE_UNAVAILABLE');
}

/** A 503 because of the database (the banner's case); a queue outage only fails the action that needed it. */
function isDatabaseOutage(error: unknown): boolean {
  if (!isServiceUnavailable(error)) return false;
  return (error.details as { dependency?: unknown } | undefined)?.dependency !== 'queue';
}

interface OutageState {
  down: boolean;
  listeners: Set<() => void>;
}

const states = new WeakMap<QueryClient, OutageState>();

function stateOf(queryClient: QueryClient): OutageState {
  let state = states.get(queryClient);
  if (!state) {
    state = { down: false, listeners: new Set() };
    states.set(queryClient, state);
  }
  return state;
}

function update(state: OutageState, down: boolean): void {
  if (state.down === down) return;
  state.down = down;
  for (const listener of state.listeners) listener();
}

/** What one answer says about the outage: a 503 starts it, any real success ends it, anything else says nothing. */
function outageAfter(action: { type: string; error?: unknown; manual?: boolean }): boolean | null {
  if ((action.type === 'failed' || action.type === 'error') && isDatabaseOutage(action.error)) return true;
  if (action.type === 'success' && !action.manual) return false;
  return null;
}

/**
 * Follows every query and mutation of `queryClient` from its creation on, so an outage noticed by the
 * very first request (the session check) is not missed by a banner that mounts later.
 */
export function watchForOutages(queryClient: QueryClient): void {
  const state = stateOf(queryClient);
  const follow = (event: { type: string; action?: { type: string; error?: unknown; manual?: boolean } }) => {
    if (event.type !== 'updated' || !event.action) return;
    const down = outageAfter(event.action);
    if (down !== null) update(state, down);
  };
  queryClient.getQueryCache().subscribe(follow);
  queryClient.getMutationCache().subscribe(follow);
}

/** True while the API's latest answers say its database cannot be reached. */
export function useServiceOutage(): boolean {
  const state = stateOf(useQueryClient());
  return useSyncExternalStore(
    (listener) => {
      state.listeners.add(listener);
      return () => state.listeners.delete(listener);
    },
    () => state.down,
  );
}
