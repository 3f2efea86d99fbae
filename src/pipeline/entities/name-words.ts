/**
 * What the dictionary says about the characters around a name: where a surname is, where a word
 * starts, and which of its words are only the sounds of a transliteration.
 */
import { COMPOUND_SURNAMES, SURNAMES } from '../lexicon/surnames.ts';
import type { Lexicon } from '../parse/types.ts';

/** How many characters of a surname start at `start`: 2 for a compound one (欧阳), 1, or 0. */
export function surnameLength(text: string, start: number): number {
  if (COMPOUND_SURNAMES.has(text.slice(start, start + 2))) return 2;
  return SURNAMES.has(text[start] ?? '') ? 1 : 0;
}

/** Whether a dictionary word of two to four characters starts at `at`. */
export function wordStartsAt(text: string, at: number, lexicon: Lexicon): boolean {
  for (let length = 4; length >= 2; length--) if (at + length <= text.length && lexicon.has(text.slice(at, at + length))) return true;
  return false;
}

/** Whether a word that is no transliteration starts at `at` and runs past `end`. */
export function soundlessWordRunsPast(text: string, at: number, end: number, lexicon: Lexicon): boolean {
  for (let length = Math.max(2, end - at + 1); length <= 4 && at + length <= text.length; length++) {
    const word = text.slice(at, at + length);
    if (lexicon.has(word) && lexicon.nameKind?.(word) !== 'foreign') return true;
  }
  return false;
}

/**
 * Whether a word starts at `at` that is no transliteration: `阿卜杜勒`, `瓦拉` are sounds the
 * dictionary lists as names. With `anyName`, no name at all (it lists `阿卜杜` as a person's).
 */
export function soundlessWordStartsAt(text: string, at: number, lexicon: Lexicon, anyName = false): boolean {
  for (let length = 4; length >= 2; length--) {
    const word = text.slice(at, at + length);
    const kind = lexicon.nameKind?.(word);
    if (at + length <= text.length && lexicon.has(word) && kind !== 'foreign' && !(anyName && kind)) return true;
  }
  return false;
}
