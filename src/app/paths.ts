import { permalinks } from '../contract/permalinks.ts';

/** The query parameter of an article's URL that carries the search to highlight. */
export const HIGHLIGHT_PARAM = 'hl';

/**
 * The one route table. Every URL in the app comes from an `href()` here, relative to the router's
 * basename (the site's base path is added by the router's links, never by hand).
 * These permalinks are a public interface: keep them stable. They come from the contract's
 * `permalinks`, which the pipeline's feeds and sitemaps use too.
 */
export const paths = {
  home: {
    path: '/',
    href: permalinks.home,
  },
  page: {
    path: '/page/:pageId',
    href: permalinks.page,
  },
  article: {
    path: '/article/:articleId',
    /** With `highlight`, the article marks each term of that query (as search splits it) and scrolls to the first hit. */
    href: (articleId: string, options?: { highlight?: string }) => {
      const base = permalinks.article(articleId);
      const highlight = options?.highlight?.trim();
      return highlight ? `${base}?${new URLSearchParams({ [HIGHLIGHT_PARAM]: highlight }).toString()}` : base;
    },
  },
  entity: {
    path: '/entity/:entityId',
    href: permalinks.entity,
  },
  editionPrint: {
    path: '/edition/:editionId/print',
    href: permalinks.editionPrint,
  },
  /** 下一期 of an edition: leads on to the next edition's first 版, or says this one is the newest. */
  nextEdition: {
    path: '/next/:editionId',
    href: permalinks.nextEdition,
  },
  /** 往期: the newest dated edition's month. */
  calendar: {
    path: '/calendar',
    href: () => permalinks.calendar(),
  },
  /** 往期, one month (`2024-10`): its days with an edition are links to their front pages. */
  calendarMonth: {
    path: '/calendar/:month',
    href: (month: string) => permalinks.calendar(month),
  },
  /** 栏目: one column's items across every edition. */
  column: {
    path: '/column/:columnId',
    href: permalinks.column,
  },
  search: {
    path: '/search',
    /** The empty search page; a query and its filters go through `searchHref()` of the search feature. */
    href: () => '/search',
  },
  /** 我的: bookmarks and reading history, kept in this browser only. */
  mine: {
    path: '/mine',
    href: () => '/mine',
  },
  notFound: {
    path: '*',
    /** What the build renders into `404.html`: a path no route matches. */
    href: () => '/404',
  },
} as const;

/** Where a prerendered path's HTML file lives in the built site (`/page/x` -> `page/x/index.html`). */
export function htmlFileOf(path: string): string {
  if (path === paths.notFound.href()) return '404.html';
  const trimmed = path.replace(/^\/+|\/+$/gu, '');
  return trimmed === '' ? 'index.html' : `${trimmed.split('/').map(decodeURIComponent).join('/')}/index.html`;
}
