import type { Article, ArticleChunk, BodyBlock, Page, PageChunk } from './bundle.ts';

/**
 * The bundle's paths, constants and text helpers: what the app needs of the contract besides its
 * types. This module holds no schema (bundle.ts defines every field) and imports no zod, so the
 * app's first load carries none; bundle.ts re-exports all of it.
 */

/** Ids appear in URLs: letters, digits, `_` and `-` only. */
export const ID_PATTERN = /^[A-Za-z0-9_-]+$/;

/** Bumped whenever a change to these schemas would make an older app misread a newer bundle. */
export const BUNDLE_VERSION = 7;

/** Pages without a date form one edition with this id. */
export const UNDATED_EDITION = 'undated';

/** An edition (one day's paper): the pages that share a date. */
export function editionIdOf(page: Pick<Page, 'date'>): string {
  return page.date ?? UNDATED_EDITION;
}

/** The newest editions the manifest lists; older ones are in their year's file. */
export const MANIFEST_EDITIONS = 30;

/** The most co-mentioned entities an entity's file lists. */
export const MAX_CO_MENTIONS = 50;

/** The folder (under `data/`) of the search index's files; the manifest's `searchIndex` names its entry there. */
export const SEARCH_DIR = 'search/';

/** Logical paths of the bundle's files, relative to the site's `data/` folder (stored under hashed names: deploy.ts). */
export const bundlePaths = {
  manifest: 'manifest.json',
  year: (year: string) => `years/${year}.json`,
  edition: (editionId: string) => `editions/${editionId}.json`,
  page: (pageId: string) => `pages/${pageId}.json`,
  entity: (entityId: string) => `entities/${entityId}.json`,
  column: (columnId: string) => `columns/${columnId}.json`,
} as const;

/** The texts of an article's body blocks, in order: what search, entities and excerpts read. */
export function bodyTexts(article: Pick<Article, 'body'>): string[] {
  return article.body.map((block) => block.text);
}

/** The searchable parts of an article, as excerpts name them. */
export type SearchField = 'headline' | 'kicker' | 'subheadline' | 'column' | 'dateline' | 'byline' | 'caption' | 'body';

export interface SearchableText {
  field: SearchField;
  /** Index among texts of the same field (paragraph number for `body`). */
  index: number;
  text: string;
}

/**
 * The article's searchable texts, the headline first and the body last: the one list the index,
 * the excerpts, the article view's highlighting and the entity counts all read, so a hit the search
 * finds (a reporter's name in a byline) is a hit the article marks.
 */
export function searchableTexts(article: Article): SearchableText[] {
  const out: SearchableText[] = [{ field: 'headline', index: 0, text: article.headline }];
  if (article.kicker) out.push({ field: 'kicker', index: 0, text: article.kicker });
  article.subheadlines.forEach((text, index) => out.push({ field: 'subheadline', index, text }));
  if (article.column) out.push({ field: 'column', index: 0, text: article.column });
  if (article.dateline) out.push({ field: 'dateline', index: 0, text: article.dateline });
  article.bylines.forEach((b, index) => out.push({ field: 'byline', index, text: b.name }));
  if (article.caption) out.push({ field: 'caption', index: 0, text: article.caption });
  bodyTexts(article).forEach((text, index) => out.push({ field: 'body', index, text }));
  return out;
}

/** Body blocks of kind `paragraph` from plain texts (fixtures, synthetic corpora). */
export function paragraphBlocks(texts: readonly string[]): BodyBlock[] {
  return texts.map((text) => ({ kind: 'paragraph', text }));
}

/** The body's paragraphs without its section heads: a lead or a summary starts with the first of them. */
export function paragraphTexts(article: Pick<Article, 'body'>): string[] {
  return article.body.filter((block) => block.kind === 'paragraph').map((block) => block.text);
}

/** Separates the page id from the content hash in an article id, so an article's page is known from its id. */
export const ARTICLE_ID_SEPARATOR = '--';

/** The page an article belongs to, read from the article's id. */
export function pageIdOfArticle(articleId: string): string | undefined {
  const at = articleId.lastIndexOf(ARTICLE_ID_SEPARATOR);
  return at > 0 ? articleId.slice(0, at) : undefined;
}

/**
 * One article of a page's file, with its page's facts and the entities it mentions (their `mentions`
 * limited to it, in the page's name order); undefined when the page has no such article.
 */
export function articleChunkOf(chunk: PageChunk, articleId: string): ArticleChunk | undefined {
  const article = chunk.articles.find((candidate) => candidate.id === articleId);
  if (!article) return undefined;
  const entities = chunk.entities.flatMap((entity) => {
    const mentions = entity.mentions.filter((mention) => mention.articleId === articleId);
    return mentions.length > 0 ? [{ ...entity, mentions }] : [];
  });
  return { version: chunk.version, article, page: chunk.page, entities };
}
