import type { Article, EditionInfo, Page } from '../../../../contract/bundle.ts';

/** What every citation format needs of one article. */
export interface Citation {
  /** The article's id: the key of its BibTeX entry. */
  id: string;
  /** Persons, in printed order. */
  authors: string[];
  /** As the reader shows it. */
  title: string;
  /** 报纸名. */
  newspaper?: string;
  /** `YYYY-MM-DD`. */
  date?: string;
  /** 版次: `1`, or `A2` on a paper numbering each section apart. */
  page?: string;
  /** The article's permalink. */
  url: string;
}

const PHOTO_ROLES = new Set(['摄', '摄影', '图']);

/**
 * The authors a reference names: the writers; a photo item's (or a story's with no one else) photographers.
 * A name printed twice (文 and 摄) is named once.
 */
export function citedAuthors(article: Pick<Article, 'bylines'>): string[] {
  const writers = article.bylines.filter((byline) => !byline.role || !PHOTO_ROLES.has(byline.role));
  const chosen = writers.length > 0 ? writers : article.bylines;
  return [...new Set(chosen.map((byline) => byline.name))];
}

/** What a citation is made of, but its URL (the permalink, known only in the browser). */
export interface CitationSource {
  article: Article;
  page: Page;
  edition: Pick<EditionInfo, 'publication'>;
  title: string;
}

export function citationOf(input: CitationSource & { url: string }): Citation {
  const { article, page, edition, title, url } = input;
  const citation: Citation = { id: article.id, authors: citedAuthors(article), title, url };
  const newspaper = page.publication ?? edition.publication;
  if (newspaper) citation.newspaper = newspaper;
  if (page.date) citation.date = page.date;
  if (page.number !== undefined) citation.page = `${page.section ?? ''}${page.number}`;
  return citation;
}
