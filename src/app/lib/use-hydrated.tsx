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

/**
 * What works only once the app runs (a button with nothing behind it in the prerendered page): its
 * element is prerendered empty, marked `data-app-only`, and filled once the app has taken over, so
 * the markup hydrates as prerendered and the room `className` keeps for it holds meanwhile.
 */
export function AppOnly({ as: Element = 'span', className, children }: { as?: 'span' | 'div'; className?: string; children: ReactNode }) {
  const hydrated = useHydrated();
  return (
    <Element data-app-only="" className={className}>
      {hydrated ? children : null}
    </Element>
  );
}
