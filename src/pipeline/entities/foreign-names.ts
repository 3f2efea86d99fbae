/**
 * Transliterated names (`阿卜杜勒·萨拉姆`, `莫拉维茨基`): printed whole over their interpuncts, or as
 * sounds up to a verb that follows names. Their parts are sounds, not words.
 */
import { FOLLOWERS, NON_NAME_CHARS, PERSON_NOUNS, ROLE_TITLES } from './lexicon.ts';
import { soundlessWordRunsPast, soundlessWordStartsAt, surnameLength, wordStartsAt } from './name-words.ts';
import { isHan } from './text.ts';
import { WordList } from '../lexicon/word-list.ts';
import type { Lexicon } from '../parse/types.ts';

const ANCHOR_WORDS = new WordList([...ROLE_TITLES, ...PERSON_NOUNS]);

/**
 * `外长阿卜杜勒·萨拉姆`: a transliterated name after a role runs over its interpuncts. Its parts are
 * sounds, not words: a long first part that opens with a word (`视角新观察·…`) is a title's, and a
 * long last part ends where a word starts (`…·安山|充满`).
 */
function foreignNameAfter(text: string, start: number, lexicon?: Lexicon): number | undefined {
  if (ANCHOR_WORDS.startsAt(text, start)) return undefined;
  const first = foreignPartBeforeDot(text, start);
  if (first === undefined) return undefined;
  let end = wholeForeignName(text, start, first).end;
  if (!lexicon) return end;
  const parts = text.slice(start, end).split('·');
  if ((parts[0]?.length ?? 0) >= 4 && soundlessWordStartsAt(parts[0] ?? '', 0, lexicon, true)) return undefined;
  // A long last part ran on into the sentence: it ends where the first word starts; any last part
  // ends where a word runs out of it (`…奈罗|共同为`).
  const last = end - (parts.at(-1)?.length ?? 0);
  if (end - last > 5) for (let at = last + 2; at < end; at++) if (wordStartsAt(text, at, lexicon)) { end = at; break; }
  for (let at = last + 2; at < end; at++) if (soundlessWordRunsPast(text, at, end, lexicon)) { end = at; break; }
  return end;
}

const MAX_FOREIGN_PART = 8;
/** Characters that end a transliterated part: particles and prepositions no transliteration uses (it does use 那, 尔, 斯). */
const FOREIGN_PART_STOPS = new Set([...'的了是在和与及对等说向将于把被从为也都就又还即']);

/** The end of one transliterated part starting at `at`: Han characters up to a word that follows names (`对`, `说`, `表示`). */
function foreignPartEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && end - at < MAX_FOREIGN_PART && isHan(text[end]) && !FOREIGN_PART_STOPS.has(text[end] ?? '') && !FOLLOWERS.startsAt(text, end)) end++;
  return end;
}

/** A part an interpunct closes: the familiar verbs that end a part elsewhere are its sounds here (`阿布来西·`). */
function foreignPartBeforeDot(text: string, at: number): number | undefined {
  let end = at;
  while (end < text.length && end - at < MAX_FOREIGN_PART && isHan(text[end]) && !FOREIGN_PART_STOPS.has(text[end] ?? '')) end++;
  return end > at && text[end] === '·' ? end : undefined;
}

/**
 * A transliterated name is printed whole with its interpuncts (`米歇尔·范德维尔德`): a name found at
 * its first part runs on over the rest, a name found at its last part back over the first.
 */
export function wholeForeignName(text: string, start: number, end: number): { start: number; end: number } {
  while (text[end] === '·') {
    const next = foreignPartEnd(text, end + 1);
    if (next === end + 1) break;
    end = next;
  }
  while (text[start - 1] === '·') {
    let before = start - 1;
    while (before > 0 && start - 1 - before < MAX_FOREIGN_PART && isHan(text[before - 1]) && !FOREIGN_PART_STOPS.has(text[before - 1] ?? '')) before--;
    if (before === start - 1) break;
    start = before;
  }
  return { start, end };
}

/**
 * A transliterated name after a role or description: whole over its interpuncts, or, where no
 * Chinese name (`chineseEnd`) reads there, the sounds up to a verb that follows names.
 */
export function transliteratedNameAfter(text: string, at: number, chineseEnd: number | undefined, lexicon?: Lexicon): number | undefined {
  const foreign = foreignNameAfter(text, at, lexicon);
  if (foreign !== undefined) return foreign;
  return chineseEnd === undefined && lexicon ? soundsNameAfter(text, at, lexicon) : undefined;
}

const MAX_SOUNDS = 5;
/** Pronouns and adverbs a transliteration never uses. */
const NOT_SOUNDS = new Set([...'我你他她它很还再才更最']);
/**
 * `局长普拉维拉表示`, `成员莫拉维茨基认为`: a transliterated name printed without interpuncts, after a
 * role or description and closed by a verb that follows names. Its characters are sounds: none
 * starts a word, none is a function character.
 */
function soundsNameAfter(text: string, start: number, lexicon: Lexicon): number | undefined {
  if (ANCHOR_WORDS.startsAt(text, start)) return undefined;
  // `成员莫拉维茨基认为`: sounds may open with a surname, but then run longer than a Chinese name.
  const shortest = surnameLength(text, start) > 0 ? 4 : 2;
  for (let end = start + 1; end <= start + MAX_SOUNDS && end <= text.length; end++) {
    const ch = text[end - 1] ?? '';
    if (!isHan(ch) || NON_NAME_CHARS.has(ch) || NOT_SOUNDS.has(ch) || FOLLOWERS.startsAt(text, end - 1) || soundlessWordStartsAt(text, end - 1, lexicon)) return undefined;
    if (end - start >= shortest && end < text.length && FOLLOWERS.startsAt(text, end) && /^(?:说|表示|介绍|认为|是|指出|告诉)/u.test(text.slice(end))) return end;
  }
  return undefined;
}
