import { createContext, startTransition, useContext, useEffect, useState, type ReactNode } from 'react';
import { afterDeferredHydration } from './deferred-hydration.tsx';

const HydratedContext = createContext(false);

/**
 * Says to everything under it whether the app has taken over the page. What waits for it (the
 * sidebar's whole list, the full 往期 list, the settings that read this browser's storage) is drawn
 * by an update after hydration has committed, in a task of its own (a transition where the renderer
 * has them), so the first tap after load does not wait for hydration and this redraw together.
 * It flips after the regions hydrated in slices (deferred-hydration.tsx) have all been hydrated, so
 * what it redraws is hydrated first. `initially`: true where the app renders the page itself instead
 * of hydrating prerendered markup.
 */
export function HydrationProvider({ initially, children }: { initially: boolean; children: ReactNode }) {
  const [hydrated, setHydrated] = useState(initially);
  useEffect(() => {
    if (!hydrated) return afterDeferredHydration(() => startTransition(() => setHydrated(true)));
  }, [hydrated]);
  return <HydratedContext.Provider value={hydrated}>{children}</HydratedContext.Provider>;
}

/** False in the prerendered HTML (and while hydrating it), true once the app runs in the browser. */
export function useHydrated(): boolean {
  return useContext(HydratedContext);
}
