import './app/lib/zod-jitless.ts';
import { hydrate, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import './app/styles.css';
import { ROUTER_BASENAME } from './app/lib/basename.ts';
import { createQueryClient } from './app/lib/query-client.ts';
import { parsePayload, PAYLOAD_ELEMENT_ID, routerPath } from './app/lib/ssr-payload.ts';
import { createRoutes } from './app/router.tsx';

const container = document.getElementById('root');
if (!container) throw new Error('dubao: #root is missing from index.html');

const queryClient = createQueryClient();
const payload = parsePayload(document.getElementById(PAYLOAD_ELEMENT_ID)?.textContent);
const here = routerPath(window.location.pathname, window.location.search, ROUTER_BASENAME);
// A static host serves 404.html (prerendered for another path) for unknown URLs: that HTML cannot be hydrated here.
const prerenderedHere = payload !== undefined && payload.path === here;

if (prerenderedHere) hydrate(queryClient, payload.queries);
const router = createBrowserRouter(createRoutes(queryClient), {
  basename: ROUTER_BASENAME,
  hydrationData: prerenderedHere ? { loaderData: payload.loaderData } : undefined,
});

const app = (
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>
);

if (prerenderedHere) {
  hydrateRoot(container, app);
} else if (payload) {
  // Keep the prerendered page on screen until this URL's route has loaded, then replace it in one step.
  const render = () => createRoot(container).render(app);
  if (router.state.initialized) render();
  else {
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return;
      unsubscribe();
      render();
    });
  }
} else {
  createRoot(container).render(app);
}
