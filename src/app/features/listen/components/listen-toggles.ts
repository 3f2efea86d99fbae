/** The `n` key once the player is loaded: pause or go on. A tiny bus, so the launcher need not hold the player. */
const listeners = new Set<() => void>();

export const listenToggles = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** Whether a loaded player took the toggle. */
  toggle(): boolean {
    for (const listener of listeners) listener();
    return listeners.size > 0;
  },
};
