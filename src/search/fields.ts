import { bodyTexts, type Article } from '../contract/bundle.ts';

/** The searchable parts of an article, as excerpts name them. */
export type SearchField = 'headline' | 'kicker' | 'subheadline' | 'column' | 'dateline' | 'byline' | 'caption' | 'body';

export interface FieldText {
  field: SearchField;
  /** Index among fields of the same kind (paragraph number for `body`). */
  index: number;
  text: string;
}

/**
 * Where positions of fields other than the headline start. Positions below it are headline hits,
 * so ranking knows a headline hit from a posting alone, without a per-article table.
 */
export const HEADLINE_ZONE = 1024;

/** Positions are packed with the gram key into one float64 sort key, so they stay below 2^21. */
export const MAX_POSITION = 2 ** 21 - 1;

/** The article's searchable texts in index order: the headline first, the body paragraphs last. */
export function articleFields(article: Article): FieldText[] {
  const out: FieldText[] = [{ field: 'headline', index: 0, text: article.headline }];
  if (article.kicker) out.push({ field: 'kicker', index: 0, text: article.kicker });
  article.subheadlines.forEach((text, index) => out.push({ field: 'subheadline', index, text }));
  if (article.column) out.push({ field: 'column', index: 0, text: article.column });
  if (article.dateline) out.push({ field: 'dateline', index: 0, text: article.dateline });
  article.bylines.forEach((b, index) => out.push({ field: 'byline', index, text: b.name }));
  if (article.caption) out.push({ field: 'caption', index: 0, text: article.caption });
  bodyTexts(article).forEach((text, index) => out.push({ field: 'body', index, text }));
  return out;
}
