import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/** False in the prerendered HTML (and while hydrating it), true once the app runs in the browser. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
