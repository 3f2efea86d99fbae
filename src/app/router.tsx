import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { Layout } from './components/Layout.tsx';
import { NotFound } from './components/NotFound.tsx';
import { PageSkeleton } from './components/Skeleton.tsx';
import { paths } from './paths.ts';
import { articleLoader, ArticleRoute } from './routes/article.tsx';
import { calendarLoader, CalendarRoute } from './routes/calendar.tsx';
import { columnLoader, ColumnRoute } from './routes/column.tsx';
import { editionPrintLoader, EditionPrintRoute } from './routes/edition-print.tsx';
import { entityLoader, EntityRoute } from './routes/entity.tsx';
import { RouteError } from './routes/errors.tsx';
import { homeLoader, HomeRoute } from './routes/home.tsx';
import { MineRoute } from './routes/mine.tsx';
import { pageLoader, PageRoute } from './routes/page.tsx';
import { SearchRoute } from './routes/search.tsx';

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
            { id: 'home', index: true, loader: homeLoader(queryClient), Component: HomeRoute },
            { id: 'page', path: paths.page.path, loader: pageLoader(queryClient), Component: PageRoute },
            { id: 'article', path: paths.article.path, loader: articleLoader(queryClient), Component: ArticleRoute },
            { id: 'entity', path: paths.entity.path, loader: entityLoader(queryClient), Component: EntityRoute },
            { id: 'edition-print', path: paths.editionPrint.path, loader: editionPrintLoader(queryClient), Component: EditionPrintRoute },
            { id: 'calendar', path: paths.calendar.path, loader: calendarLoader(queryClient), Component: CalendarRoute },
            { id: 'calendar-month', path: paths.calendarMonth.path, loader: calendarLoader(queryClient), Component: CalendarRoute },
            { id: 'column', path: paths.column.path, loader: columnLoader(queryClient), Component: ColumnRoute },
            { id: 'search', path: paths.search.path, Component: SearchRoute },
            { id: 'mine', path: paths.mine.path, Component: MineRoute },
            { id: 'not-found', path: paths.notFound.path, Component: NotFound },
          ],
        },
      ],
    },
  ];
}
