import type { Byline } from '../../contract/bundle.ts';
import { joinLines } from './join.ts';
import { parseBylineLine, parseClosingLine, parseCreditLine, parseDatelineStart, parseNoteBylines, splitPhotoCredit, type DatelineStart } from './byline.ts';
import { splitContinuation } from './continuation.ts';
import type { Element } from './elements.ts';
import { isTitleLike } from './sentence.ts';
import { MARKED } from './shape.ts';

/** A story signed by an institution rather than a person: `新华社记者`, `本报评论员`. */
const SIGNED = /^(?:本报|新华社|人民日报|中新社|经济日报|光明日报|解放军报)(?:特约)?(?:记者|评论员|观察员|通讯员|编辑部)$/u;

/** The one word an advertising page prints as its heading. */
export const ADVERTISEMENT = /^广\s*告$/u;

/** What an element is by itself, before its neighbours say more. */
export type Read =
  | { type: 'marked'; headline: string }
  | { type: 'continuation'; on?: number; from?: number }
  | { type: 'dateline'; start: DatelineStart; from?: number }
  | { type: 'closing'; dateline?: string; bylines: Byline[] }
  | { type: 'noted'; bylines: Byline[] }
  | { type: 'credit'; bylines: Byline[] }
  | { type: 'caption'; caption: string; bylines: Byline[] }
  | { type: 'bylines'; bylines: Byline[] }
  | { type: 'signed' }
  | { type: 'title' }
  | { type: 'text'; text: string };

/**
 * The rules that read one element, in order: the first that matches takes it. `headingLine` says the
 * page's layout already marks it as heading material (flush left where paragraphs are indented).
 */
export function classifyElement(element: Element, headingLine: boolean): Read {
  const text = element.text;
  const first = element.parts[0] ?? '';
  if (MARKED.test(first)) return { type: 'marked', headline: joinLines([first.replace(MARKED, ''), ...element.parts.slice(1)]) };
  const marker = splitContinuation(text);
  if (marker.text === '' && (marker.continuedOn || marker.continuedFrom)) {
    return { type: 'continuation', on: marker.continuedOn, from: marker.continuedFrom };
  }
  const start = parseDatelineStart(marker.continuedFrom ? marker.text : text);
  if (start) return { type: 'dateline', start, from: marker.continuedFrom };
  const closing = parseClosingLine(text);
  if (closing) return { type: 'closing', ...closing };
  // An author's note crediting the reporter who took it down: text of the story, never a heading.
  const noted = parseNoteBylines(text);
  if (noted) return { type: 'noted', bylines: noted };
  const credit = parseCreditLine(text);
  if (credit) return { type: 'credit', bylines: credit };
  const caption = splitPhotoCredit(text);
  if (caption) return { type: 'caption', ...caption };
  const bylines = parseBylineLine(text);
  if (bylines) return { type: 'bylines', bylines };
  if (SIGNED.test(text.replace(/[\s\u3000\u00a0]+/gu, ''))) return { type: 'signed' };
  if (headingLine) return { type: 'title' };
  if (isTitleLike(element.parts)) return { type: 'title' };
  return { type: 'text', text };
}
