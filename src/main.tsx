import { QueryClientProvider } from './app/lib/query/index.ts';
import { startTransition, StrictMode, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import './app/styles.css';
import { ROUTER_BASENAME } from './app/lib/basename.ts';
import { createQueryClient } from './app/lib/query-client.ts';
import { parsePayload, PAYLOAD_ELEMENT_ID, routerPath } from './app/lib/ssr-payload.ts';
import { createRoutes } from './app/router.tsx';
import { HydrationProvider, useHydrated } from './app/lib/use-hydrated.tsx';
import { hydrateInSlices } from './app/lib/deferred-hydration.tsx';
import { registerServiceWorker } from './app/lib/register-service-worker.ts';

/**
 * Marks the document once React has taken over the prerendered markup and drawn what waits for it
 * (`<html data-hydrated>`): hydration waits for the route's data, and until then the page reads but
 * its buttons do nothing.
 */
function MarkHydrated() {
  const hydrated = useHydrated();
  useEffect(() => {
    if (hydrated) document.documentElement.dataset.hydrated = 'true';
  }, [hydrated]);
  return null;
}

/** Creates the router (which matches the URL and starts its loaders) and hydrates once they have loaded. */
function start(): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('dubao: #root is missing from index.html');

  const queryClient = createQueryClient();
  const payload = parsePayload(document.getElementById(PAYLOAD_ELEMENT_ID)?.textContent);
  const here = routerPath(window.location.pathname, window.location.search, ROUTER_BASENAME);
  // A static host serves 404.html (prerendered for another path) for unknown URLs: that HTML cannot be hydrated here.
  const prerenderedHere = payload !== undefined && payload.path === here;

  // Until the router has loaded the URL it was opened at, a loader runs for the page's first load
  // (the first loaders run while the router is being made, before there is one to ask).
  const made: { router?: ReturnType<typeof createBrowserRouter> } = {};
  const router = createBrowserRouter(createRoutes(queryClient, { firstLoad: () => !made.router?.state.initialized }), { basename: ROUTER_BASENAME });
  made.router = router;

  const app = (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <HydrationProvider initially={!prerenderedHere}>
          <RouterProvider router={router} />
          <MarkHydrated />
        </HydrationProvider>
      </QueryClientProvider>
    </StrictMode>
  );

  /** Runs `render` once the router has loaded this URL's data; the prerendered page stays on screen meanwhile. */
  function whenLoaded(render: () => void): void {
    if (router.state.initialized) render();
    else {
      const unsubscribe = router.subscribe((state) => {
        if (!state.initialized) return;
        unsubscribe();
        render();
      });
    }
  }

  // The HTML carries no data (ssr-payload.ts): the loaders fetch the same files the prerender read,
  // so the first render matches the markup and hydrates it.
  // Preact hydrates in one pass: the regions marked for it are hydrated after it, each in a task of
  // its own (deferred-hydration.tsx), so no one task holds the page for all of it.
  if (prerenderedHere) whenLoaded(() => startTransition(() => hydrateInSlices(() => void hydrateRoot(container, app))));
  // Prerendered for another path (404.html): replace it in one step once this URL's route has loaded.
  else if (payload) whenLoaded(() => createRoot(container).render(app));
  else createRoot(container).render(app);
}

/**
 * The prerendered page's loader (src/prerender/template.ts) adds the modules' preloads one task at a
 * time. The router preloads a route's chunks too (vite's helper), adding each one not yet in the
 * head, all in one task: it starts after the loader's last, so it adds none.
 */
function afterModulePreloads(run: () => void): void {
  const loader = document.querySelector('script[data-modules]');
  if (!loader || loader.hasAttribute('data-preloaded')) return run();
  let ran = false;
  const once = () => {
    if (ran) return;
    ran = true;
    run();
  };
  document.addEventListener('dubao:preloaded', once, { once: true });
  // Should the loader not get there, the app starts anyway.
  setTimeout(once, 2000);
}

// The modules are evaluated in one task and the router starts in another: one long task would
// hold a slow phone's first tap for both.
setTimeout(() => afterModulePreloads(start), 0);
registerServiceWorker();
