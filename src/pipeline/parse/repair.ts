import type { BodyBlock } from '../../contract/bundle.ts';
import { splitTrailingByline } from './byline.ts';
import type { Draft } from './draft.ts';
import type { ParsedItem } from './types.ts';

/** A closing formula is one short sentence: `会议还研究了其他事项。`. */
const MAX_FORMULA_LENGTH = 30;

/**
 * A short closing formula (`会议还研究了其他事项。`) printed again at an article's end is a layout
 * artifact: it is kept once, last. Any other repeat is printed text (a lead quoted again, a refrain)
 * and stays.
 */
export function dropRepeatedParagraphs(body: readonly BodyBlock[]): BodyBlock[] {
  const last = body.filter((block) => block.kind === 'paragraph').at(-1);
  if (!last || [...last.text].length > MAX_FORMULA_LENGTH) return [...body];
  return body.filter((block) => block === last || block.kind !== 'paragraph' || block.text !== last.text);
}

/** Finishes an item: a trailing `(李华)` becomes its byline, repeated paragraphs go. */
export function finishItem(draft: Draft): ParsedItem {
  let body = dropRepeatedParagraphs(draft.body);
  let bylines = draft.bylines;
  const last = body.at(-1);
  const found = last?.kind === 'paragraph' && bylines.length === 0 ? splitTrailingByline(last.text) : undefined;
  // A closing that names where the story was filed is taken only where the story has no dateline yet.
  const trailing = found?.dateline && draft.dateline ? undefined : found;
  if (trailing) {
    body = trailing.text ? [...body.slice(0, -1), { kind: 'paragraph', text: trailing.text }] : body.slice(0, -1);
    bylines = trailing.bylines;
  }
  const { continuedOn, continuedFrom, ...rest } = draft;
  return {
    ...rest,
    ...(trailing?.dateline ? { dateline: trailing.dateline } : {}),
    body,
    bylines,
    ...(continuedOn ? { continuedOn } : {}),
    ...(continuedFrom ? { continuedFrom } : {}),
  };
}
