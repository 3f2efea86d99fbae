import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { Layout } from './components/Layout.tsx';
import { NotFound } from './components/NotFound.tsx';
import { PageSkeleton } from './components/Skeleton.tsx';
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

/** The route tree, shared by the browser router and the build's prerender. Paths come from paths.ts. */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
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
            {
              id: 'home',
              index: true,
              lazy: async () => {
                const { homeLoader, HomeRoute } = await import('./routes/home.tsx');
                return { loader: homeLoader(queryClient), Component: HomeRoute };
              },
            },
            {
              id: 'page',
              path: paths.page.path,
              lazy: async () => {
                const { pageLoader, PageRoute } = await import('./routes/page.tsx');
                return { loader: pageLoader(queryClient), Component: PageRoute };
              },
            },
            {
              id: 'article',
              path: paths.article.path,
              lazy: async () => {
                const { articleLoader, ArticleRoute } = await import('./routes/article.tsx');
                return { loader: articleLoader(queryClient), Component: ArticleRoute };
              },
            },
            {
              id: 'entity',
              path: paths.entity.path,
              lazy: async () => {
                const { entityLoader, EntityRoute } = await import('./routes/entity.tsx');
                return { loader: entityLoader(queryClient), Component: EntityRoute };
              },
            },
            {
              id: 'edition-print',
              path: paths.editionPrint.path,
              lazy: async () => {
                const { editionPrintLoader, EditionPrintRoute } = await import('./routes/edition-print.tsx');
                return { loader: editionPrintLoader(queryClient), Component: EditionPrintRoute };
              },
            },
            {
              id: 'calendar',
              path: paths.calendar.path,
              lazy: async () => {
                const { calendarLoader, CalendarRoute } = await import('./routes/calendar.tsx');
                return { loader: calendarLoader(queryClient), Component: CalendarRoute };
              },
            },
            {
              id: 'calendar-month',
              path: paths.calendarMonth.path,
              lazy: async () => {
                const { calendarLoader, CalendarRoute } = await import('./routes/calendar.tsx');
                return { loader: calendarLoader(queryClient), Component: CalendarRoute };
              },
            },
            {
              id: 'column',
              path: paths.column.path,
              lazy: async () => {
                const { columnLoader, ColumnRoute } = await import('./routes/column.tsx');
                return { loader: columnLoader(queryClient), Component: ColumnRoute };
              },
            },
            {
              id: 'search',
              path: paths.search.path,
              lazy: async () => ({ Component: (await import('./routes/search.tsx')).SearchRoute }),
            },
            {
              id: 'mine',
              path: paths.mine.path,
              lazy: async () => ({ Component: (await import('./routes/mine.tsx')).MineRoute }),
            },
            { id: 'not-found', path: paths.notFound.path, Component: NotFound },
          ],
        },
      ],
    },
  ];
}
