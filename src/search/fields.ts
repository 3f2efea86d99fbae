import { searchableTexts } from '../contract/bundle-layout.ts';
import type { Article, SearchableText, SearchField } from '../contract/bundle.ts';

export type { SearchField };
export type FieldText = SearchableText;

/**
 * Where positions of fields other than the headline start. Positions below it are headline hits,
 * so ranking knows a headline hit from a posting alone, without a per-article table.
 */
export const HEADLINE_ZONE = 1024;

/** Positions are packed with the gram key into one float64 sort key, so they stay below 2^21. */
export const MAX_POSITION = 2 ** 21 - 1;

/** The article's searchable texts in index order: the contract's one list. */
export function articleFields(article: Article): FieldText[] {
  return searchableTexts(article);
}
