import { useEffect, useSyncExternalStore } from 'react';

/**
 * Whether recovery codes are on screen that the person has not confirmed as saved. The codes are
 * shown only once, so whatever would take them away (leaving the page, logging out) asks first.
 * A tiny store rather than a context: the "Log out" button lives in the layout, far from the codes.
 */
let unsavedShown = 0;
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Called by the component showing the codes: unsaved while `active`, and no longer once it unmounts. */
export function useMarkRecoveryCodesUnsaved(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    unsavedShown += 1;
    notify();
    return () => {
      unsavedShown -= 1;
      notify();
    };
  }, [active]);
}

export function useRecoveryCodesUnsaved(): boolean {
  return useSyncExternalStore(subscribe, () => unsavedShown > 0);
}
