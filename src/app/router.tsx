import type { QueryClient } from './lib/query/index.ts';
import type { RouteObject } from 'react-router';
import { Layout } from './components/Layout.tsx';
import { NotFound } from './components/NotFound.tsx';
import { PageSkeleton } from './components/Skeleton.tsx';
import { searchIndexQuery } from './features/search/api/search-index-query.ts';
import { searchResultsQuery } from './features/search/api/search-query.ts';
import { parseSearchParams, rangeIsReversed } from './features/search/lib/search-params.ts';
import { paths } from './paths.ts';
import { RouteError } from './routes/errors.tsx';

function LayoutSkeleton() {
  return (
    <Layout>
      <PageSkeleton />
    </Layout>
  );
}

function LayoutError() {
  return (
    <Layout>
      <RouteError />
    </Layout>
  );
}

/**
 * Each route's module, loaded when the route is first matched, so a reader of the front page does
 * not download the article view, search or 我的. The prerender puts `<link rel="modulepreload">` for
 * the matched route's chunk into each page (src/prerender/), so loading it does not wait for the entry.
 * The keys are the route ids; the values name the module, which is how the build finds its chunk.
 */
export const routeModules = {
  home: 'src/app/routes/home.tsx',
  page: 'src/app/routes/page.tsx',
  article: 'src/app/routes/article.tsx',
  entity: 'src/app/routes/entity.tsx',
  'edition-print': 'src/app/routes/edition-print.tsx',
  calendar: 'src/app/routes/calendar.tsx',
  'calendar-month': 'src/app/routes/calendar.tsx',
  column: 'src/app/routes/column.tsx',
  search: 'src/app/routes/search.tsx',
  mine: 'src/app/routes/mine.tsx',
} as const;

/**
 * Modules a route's page imports dynamically as soon as it runs, by route id: the search page opens
 * the engine for its query at once. The prerender preloads them with the route's chunk.
 */
export const routeEagerModules: Readonly<Partial<Record<keyof typeof routeModules, readonly string[]>>> = {
  search: ['src/search/index.ts'],
};

type LoaderFactory = (queryClient: QueryClient) => NonNullable<RouteObject['loader']>;
type RouteComponent = NonNullable<RouteObject['Component']>;

/** A lazily loaded route whose module gives a loader (made with the query client) and a component. */
function withData(queryClient: QueryClient, load: () => Promise<[LoaderFactory, RouteComponent]>): RouteObject['lazy'] {
  return async () => {
    const [loader, Component] = await load();
    return { loader: loader(queryClient), Component };
  };
}

/** How long a search URL's first load waits for its hits before the app draws the page without them. */
const FIRST_HITS_WAIT_MS = 1500;

/** The route tree, shared by the browser router and the build's prerender. Paths come from paths.ts. */
export function createRoutes(queryClient: QueryClient, options: { firstLoad?: () => boolean } = {}): RouteObject[] {
  // Each import() names its module literally, so the build splits it into the route's chunk.
  const calendar = withData(queryClient, () => import('./routes/calendar.tsx').then((m) => [m.calendarLoader, m.CalendarRoute]));
  return [
    {
      id: 'root',
      Component: Layout,
      HydrateFallback: LayoutSkeleton,
      ErrorBoundary: LayoutError,
      children: [
        {
          // Errors of a route show inside the layout, so the header and search stay usable.
          id: 'content',
          ErrorBoundary: RouteError,
          children: [
            { id: 'home', index: true, lazy: withData(queryClient, () => import('./routes/home.tsx').then((m) => [m.homeLoader, m.HomeRoute])) },
            { id: 'page', path: paths.page.path, lazy: withData(queryClient, () => import('./routes/page.tsx').then((m) => [m.pageLoader, m.PageRoute])) },
            {
              id: 'article',
              path: paths.article.path,
              lazy: withData(queryClient, () => import('./routes/article.tsx').then((m) => [m.articleLoader, m.ArticleRoute])),
            },
            { id: 'entity', path: paths.entity.path, lazy: withData(queryClient, () => import('./routes/entity.tsx').then((m) => [m.entityLoader, m.EntityRoute])) },
            {
              id: 'edition-print',
              path: paths.editionPrint.path,
              lazy: withData(queryClient, () => import('./routes/edition-print.tsx').then((m) => [m.editionPrintLoader, m.EditionPrintRoute])),
            },
            {
              id: 'next-edition',
              path: paths.nextEdition.path,
              lazy: withData(queryClient, () => import('./routes/next-edition.tsx').then((m) => [m.nextEditionLoader, m.NextEditionRoute])),
            },
            { id: 'calendar', path: paths.calendar.path, lazy: calendar },
            { id: 'calendar-month', path: paths.calendarMonth.path, lazy: calendar },
            { id: 'column', path: paths.column.path, lazy: withData(queryClient, () => import('./routes/column.tsx').then((m) => [m.columnLoader, m.ColumnRoute])) },
            {
              id: 'search',
              path: paths.search.path,
              // Not in the lazy module, so it runs while the route's chunk loads: the search (the engine,
              // the index's files, a chain of round trips) starts at once. It never holds the route up.
              loader: async ({ request }) => {
                const state = parseSearchParams(new URL(request.url).searchParams);
                if (state.q && !rangeIsReversed(state)) {
                  const results = queryClient.prefetchQuery(searchResultsQuery(state));
                  // A search URL opened from outside: the prerendered search page is on screen, and
                  // drawing the app over it before its hits would put that render between the index's
                  // round trips. The app draws the page once, with the hits (or after a short wait).
                  if (options.firstLoad?.()) await Promise.race([results, new Promise((done) => setTimeout(done, FIRST_HITS_WAIT_MS))]);
                }
                // Opened to type a query: the engine and the index's entry (which the page's HTML
                // preloads) are ready before the first key.
                else void queryClient.prefetchQuery(searchIndexQuery());
                return null;
              },
              lazy: async () => ({ Component: (await import('./routes/search.tsx')).SearchRoute }),
            },
            { id: 'mine', path: paths.mine.path, lazy: async () => ({ Component: (await import('./routes/mine.tsx')).MineRoute }) },
            { id: 'not-found', path: paths.notFound.path, Component: NotFound },
          ],
        },
      ],
    },
  ];
}
