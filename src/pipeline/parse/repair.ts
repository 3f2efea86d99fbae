import type { BodyBlock } from '../../contract/bundle.ts';
import { splitTrailingByline } from './byline.ts';
import type { Draft } from './draft.ts';
import type { ParsedItem } from './types.ts';

/**
 * An identical paragraph printed twice in one article is a layout artifact. Keep one copy where
 * it reads right: a closing formula (`会议还研究了其他事项。`) printed last stays last; otherwise the first.
 * Section heads are left alone: a series can print the same head in two places.
 */
export function dropRepeatedParagraphs(body: readonly BodyBlock[]): BodyBlock[] {
  const paragraphs = body.filter((block) => block.kind === 'paragraph');
  const last = paragraphs.at(-1);
  const seen = new Set<string>();
  const kept: BodyBlock[] = [];
  for (const block of body) {
    if (block.kind === 'paragraph') {
      if (block.text === last?.text && block !== last) continue;
      if (seen.has(block.text)) continue;
      seen.add(block.text);
    }
    kept.push(block);
  }
  return kept;
}

/** Finishes an item: a trailing `(李华)` becomes its byline, repeated paragraphs go. */
export function finishItem(draft: Draft): ParsedItem {
  let body = dropRepeatedParagraphs(draft.body);
  let bylines = draft.bylines;
  const last = body.at(-1);
  const trailing = last?.kind === 'paragraph' && bylines.length === 0 ? splitTrailingByline(last.text) : undefined;
  if (trailing) {
    body = trailing.text ? [...body.slice(0, -1), { kind: 'paragraph', text: trailing.text }] : body.slice(0, -1);
    bylines = trailing.bylines;
  }
  const { continuedOn, continuedFrom, ...rest } = draft;
  return {
    ...rest,
    body,
    bylines,
    ...(continuedOn ? { continuedOn } : {}),
    ...(continuedFrom ? { continuedFrom } : {}),
  };
}
