import type { SearchField } from './fields.ts';
import { markFinder } from './marks.ts';
import { normalizeForSearch } from './normalize-on-demand.ts';

export interface SearchExcerpt {
  field: SearchField;
  /** Index among fields of its kind; for `body` the paragraph number (0-based). */
  paragraphIndex?: number;
  index: number;
  /** A slice of the field as printed. */
  text: string;
  /** Where `text` starts in the field, so `start + mark` locates a hit in the whole field. */
  start: number;
  /** Hits as [start, end) offsets into `text` (UTF-16 units of the printed text). */
  marks: [number, number][];
}

const BEFORE = 24;
const AFTER = 72;
/** Ranges in the printed `text` where any needle (normalized for search) occurs, merged and sorted; once `whenNormalizable` has settled for `text`. */
const findMarks = markFinder(normalizeForSearch);

function safeStart(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return at > 0 && c >= 0xdc00 && c <= 0xdfff ? at - 1 : at;
}
function safeEnd(text: string, at: number): number {
  const c = text.charCodeAt(at - 1);
  return at < text.length && c >= 0xd800 && c <= 0xdbff ? at + 1 : at;
}

/**
 * Excerpts of one article for its hits (its texts normalizable: normalize-on-demand.ts): the headline when it matched, then a window around the
 * first hit of each other matching field, in article order, at most `max` in all.
 */
export function buildExcerpts(
  fields: readonly [string, number, string][],
  needles: readonly string[],
  max = 3,
): SearchExcerpt[] {
  const out: SearchExcerpt[] = [];
  for (const [field, index, text] of fields) {
    if (out.length >= max) break;
    const marks = findMarks(text, needles);
    if (marks.length === 0) continue;
    const short = field === 'headline' || text.length <= BEFORE + AFTER;
    const from = short ? 0 : safeStart(text, Math.max(0, marks[0]![0] - BEFORE));
    const to = short ? text.length : safeEnd(text, Math.min(text.length, Math.max(marks[0]![1], from) + AFTER));
    const inside = marks
      .filter(([s, e]) => e > from && s < to)
      .map(([s, e]): [number, number] => [Math.max(s, from) - from, Math.min(e, to) - from]);
    out.push({
      field: field as SearchField,
      ...(field === 'body' ? { paragraphIndex: index } : {}),
      index,
      text: text.slice(from, to),
      start: from,
      marks: inside,
    });
  }
  return out;
}
