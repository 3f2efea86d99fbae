import { editionIdOf, type Corpus } from '../../contract/bundle.ts';
import { monthOf, monthsBetween } from '../../contract/months.ts';
import { isBrowserRendered, permalinks } from '../../contract/permalinks.ts';

/** A route a search engine should know, with the date its content was last printed (`YYYY-MM-DD`). */
export interface SiteRoute {
  path: string;
  lastmod?: string;
}

const newer = (a: string | undefined, b: string | undefined) => (a && b ? (a > b ? a : b) : (a ?? b));

/**
 * Every page a reader can land on that the site has a file for: the front page, each printed page,
 * article and calendar month, and with `everyRoute` (`--prerender-all`) each entity and 栏目 (without
 * it their URLs are answered by `404.html`, which a crawler must not be sent to). The search page,
 * the not-found page and `/calendar` (the newest month again) are left out: nothing there to index
 * that is not elsewhere. Pure.
 */
export function siteRoutes(corpus: Corpus, options: { everyRoute: boolean }): SiteRoute[] {
  const pageDate = new Map(corpus.pages.map((page) => [page.id, page.date]));
  const articleDate = new Map(corpus.articles.map((article) => [article.id, pageDate.get(article.pageId)]));
  const newest = corpus.pages.find((page) => editionIdOf(page) !== 'undated')?.date;
  const routes: SiteRoute[] = [{ path: permalinks.home(), lastmod: newest }];
  for (const page of corpus.pages) routes.push({ path: permalinks.page(page.id), lastmod: page.date });
  for (const article of corpus.articles) routes.push({ path: permalinks.article(article.id), lastmod: articleDate.get(article.id) });
  for (const entity of corpus.entities) {
    const lastmod = entity.mentions.reduce<string | undefined>((latest, mention) => newer(latest, articleDate.get(mention.articleId)), undefined);
    routes.push({ path: permalinks.entity(entity.id), lastmod });
  }
  const columnDates = new Map<string, string | undefined>();
  for (const article of corpus.articles) {
    for (const column of article.columns ?? []) columnDates.set(column.id, newer(columnDates.get(column.id), articleDate.get(article.id)));
  }
  for (const [id, lastmod] of columnDates) routes.push({ path: permalinks.column(id), lastmod });
  const monthDates = new Map<string, string>();
  for (const page of corpus.pages) if (page.date) monthDates.set(monthOf(page.date), newer(monthDates.get(monthOf(page.date)), page.date)!);
  const months = [...monthDates.keys()].sort();
  if (months.length > 0) {
    for (const month of monthsBetween(months[0]!, months[months.length - 1]!)) routes.push({ path: permalinks.calendar(month), lastmod: monthDates.get(month) });
  }
  return routes.filter((route) => options.everyRoute || !isBrowserRendered(route.path)).map((route) => (route.lastmod ? route : { path: route.path }));
}
