import type { WordList } from '../lexicon/word-list.ts';
import { isHan } from './text.ts';

const NAME_CHAR = /^[\p{Script=Han}A-Za-z0-9]$/u;
/** `(江苏)` inside a company name: a short bracketed place or qualifier. */
const BRACKET_CONTENT = /^[\p{Script=Han}]{1,8}$/u;

/**
 * Where a name ending at `end` starts: scanning back over name characters (and bracketed places
 * such as `(江苏)`) until punctuation, the start of the text, `max` characters, or a word of `stops`
 * ending right there (`走访了|天合光能…`).
 */
export function scanBack(text: string, end: number, stops: readonly WordList[], max: number): number {
  let at = end;
  while (at > 0 && end - at < max) {
    if (stops.some((words) => words.endsAt(text, at))) break;
    const ch = text[at - 1] ?? '';
    if (ch === ')') {
      const open = text.lastIndexOf('(', at - 1);
      if (open <= 0 || !BRACKET_CONTENT.test(text.slice(open + 1, at - 1)) || !isHan(text[open - 1])) break;
      at = open;
      continue;
    }
    if (!NAME_CHAR.test(ch)) break;
    at--;
  }
  return at;
}
