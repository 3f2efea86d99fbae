import { editionIdOf, paragraphTexts, type Article, type Corpus, type Page } from '../../contract/bundle.ts';
import { itemTitle } from '../../contract/item-title.ts';

/** How many items a feed carries: the newest. */
export const FEED_ITEMS = 50;
const SUMMARY_LENGTH = 120;

/** One article as feeds and sitemaps need it: its page's facts beside it. */
export interface DatedArticle {
  article: Article;
  page: Page & { date: string };
}

/** A page's date as an instant: midnight in China (UTC+8), where the paper is printed. */
export function publicationInstant(date: string): Date {
  return new Date(`${date}T00:00:00+08:00`);
}

export function titleOf(article: Article): string {
  return itemTitle(article);
}

/** The lead paragraph (or the caption), clipped: a feed item's summary. */
export function summaryOf(article: Article): string {
  const text = (paragraphTexts(article)[0] ?? article.caption ?? article.subheadlines.join(' ')).replace(/\s+/gu, ' ').trim();
  const chars = Array.from(text);
  return chars.length > SUMMARY_LENGTH ? `${chars.slice(0, SUMMARY_LENGTH).join('')}…` : text;
}

/**
 * Every dated article, newest edition first, then in reading order (the corpus's order). Undated
 * pages have no place in a feed: an item needs a date, and dubao never invents one.
 */
export function datedArticles(corpus: Corpus): DatedArticle[] {
  const pages = new Map(corpus.pages.map((page) => [page.id, page]));
  return corpus.articles.flatMap((article) => {
    const page = pages.get(article.pageId);
    return page?.date ? [{ article, page: { ...page, date: page.date } }] : [];
  });
}

/** The newest editions' articles, whole editions, until {@link FEED_ITEMS} or more are in. */
export function newestEditionsItems(all: readonly DatedArticle[]): DatedArticle[] {
  const taken: DatedArticle[] = [];
  let lastEdition: string | undefined;
  for (const item of all) {
    const edition = editionIdOf(item.page);
    if (taken.length >= FEED_ITEMS && edition !== lastEdition) break;
    taken.push(item);
    lastEdition = edition;
  }
  return taken;
}
