import { bodyTexts, paragraphTexts } from '../../../../contract/bundle-layout.ts';
import type { Article, Entity } from '../../../../contract/bundle.ts';
import { formatBylines } from '../../articles/lib/byline.ts';
import { printedFormsHighlight, type Highlight } from '../../articles/lib/decorate.ts';

/** Characters of context shown before and after the mention. */
const BEFORE = 18;
const AFTER = 42;

export interface MentionExcerpt {
  /** The whole printed text the mention is in (a headline, a paragraph, the bylines). */
  text: string;
  /** The part to show, [start, end) in `text`. */
  range: [number, number];
  /** The entity's forms: what to mark (nothing when the excerpt is the opening of an article that does not print them). */
  highlight: Highlight;
}

/** The entity's name and aliases, to mark where printed. */
export function entityHighlight(entity: Pick<Entity, 'name' | 'aliases'>): Highlight {
  return printedFormsHighlight([entity.name, ...entity.aliases]);
}

function isLowSurrogate(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * A short window around the first place the article names the entity, looking where a reader
 * would: headline, kicker, subheadlines, body, caption, and last the bylines (a reporter is named
 * only there). Without any printed mention, the opening of the body, unmarked.
 */
export function mentionExcerpt(article: Article, entity: Pick<Entity, 'name' | 'aliases'>): MentionExcerpt | undefined {
  const highlight = entityHighlight(entity);
  const texts = [
    article.headline,
    article.kicker,
    ...article.subheadlines,
    ...bodyTexts(article),
    article.caption,
    formatBylines(article),
  ].filter((text): text is string => !!text);
  for (const text of texts) {
    const first = highlight.find(text, highlight.terms)[0];
    if (!first) continue;
    let start = Math.max(0, first[0] - BEFORE);
    let end = Math.min(text.length, first[1] + AFTER);
    // Never cut a character outside the basic plane in half.
    if (isLowSurrogate(text, start)) start -= 1;
    if (end < text.length && isLowSurrogate(text, end)) end += 1;
    return { text, range: [start, end], highlight };
  }
  const opening = paragraphTexts(article)[0] ?? article.caption;
  return opening ? { text: opening, range: [0, Math.min(opening.length, BEFORE + AFTER)], highlight: { ...highlight, terms: [] } } : undefined;
}
