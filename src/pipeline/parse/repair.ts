import { paragraphBlocks } from '../../contract/bundle.ts';
import type { Draft } from './segment.ts';
import type { ParsedItem } from './types.ts';
import { splitTrailingByline } from './byline.ts';

/**
 * An identical paragraph printed twice in one article is a layout artifact. Keep one copy where
 * it reads right: a closing formula (`会议还研究了其他事项。`) printed last stays last; otherwise the first.
 */
export function dropRepeatedParagraphs(paragraphs: readonly string[]): string[] {
  const last = paragraphs.at(-1);
  const seen = new Set<string>();
  const kept: string[] = [];
  paragraphs.forEach((paragraph, index) => {
    const isFinal = index === paragraphs.length - 1;
    if (paragraph === last && !isFinal) return;
    if (seen.has(paragraph)) return;
    seen.add(paragraph);
    kept.push(paragraph);
  });
  return kept;
}

/** Finishes an item: a trailing `(李华)` becomes its byline, repeated paragraphs go. */
export function finishItem({ paragraphs: printed, ...item }: Draft): ParsedItem {
  let paragraphs = dropRepeatedParagraphs(printed);
  let bylines = item.bylines;
  const last = paragraphs.at(-1);
  const trailing = last !== undefined && bylines.length === 0 ? splitTrailingByline(last) : undefined;
  if (trailing) {
    paragraphs = [...paragraphs.slice(0, -1), trailing.text];
    bylines = trailing.bylines;
  }
  return { ...item, body: paragraphBlocks(paragraphs), bylines };
}
