/**
 * Persons in running text, found only where newsroom convention anchors them: after a role
 * (`副市长蒋鹏举`), before a title (`习近平总书记`), or in a credit (`徐晶玮 摄`, `朱梦琪/文`,
 * `本报讯(韩晖 记者 黄雅婷)`). A bare name is never guessed; once anchored in an article its later
 * bare mentions are counted by the caller.
 */
import {
  AFTER_TITLE_ROLES,
  AFTER_TITLES,
  CREDIT_ROLES,
  FOLLOWERS,
  LEVEL_START,
  NON_NAME_CHARS,
  NOT_NAMES,
  PERSON_NOUNS,
  PLACES,
  ROLE_GUARDS,
  ROLE_QUALIFIER,
  ROLE_TITLES,
  SCAN_STOPS,
  SOFT_STOPS,
} from './lexicon.ts';
import { COMPOUND_SURNAMES, SURNAMES } from '../lexicon/surnames.ts';
import { WordList } from '../lexicon/word-list.ts';
import type { Lexicon } from '../parse/types.ts';
import { alternation, isHan } from './text.ts';

export interface PersonFind {
  /** The name in folded text. */
  start: number;
  end: number;
  /** Roles printed with this mention, in reading order (`区委副书记`, `区长`). */
  roles: string[];
}

const AFTER_TITLE_WORDS = new WordList(AFTER_TITLES);

const ROLE_RE = new RegExp(
  `(?:${ROLE_QUALIFIER})?(?:${[...ROLE_TITLES]
    .sort((a, b) => b.length - a.length)
    .map((title) => {
      const guard = ROLE_GUARDS[title];
      return `${guard?.before ? `(?<!${guard.before})` : ''}${title}${guard?.after ? `(?!${guard.after})` : ''}`;
    })
    .join('|')})`,
  'gu',
);
const AFTER_TITLE_RE = new RegExp(alternation(AFTER_TITLES), 'gu');
const PERSON_NOUN_RE = new RegExp(alternation(PERSON_NOUNS), 'gu');
const SLASH_AFTER_RE = /(?<!\p{Script=Han})(\p{Script=Han}{2,4})\s*\/\s*(文图|图文|摄影|文|图|摄)(?!\p{Script=Han})/gu;
const SLASH_BEFORE_RE = /(?<!\p{Script=Han})(文图|图文|摄影|文|图|摄)\s*\/\s*(\p{Script=Han}{2,4})(?!\p{Script=Han})/gu;
const TRAILING_CREDIT_RE = /\s+摄影?(?=\s*\)|\s*$)/gu;
const DATELINE_CREDIT_RE = /[讯电]\(([^()]{2,40})\)/gu;

/** `摄` is how a paper abbreviates 摄影; the byline parser stores it as 摄影 too. */
function creditRole(printed: string): string {
  return printed === '摄' ? '摄影' : printed;
}

function surnameLength(text: string, start: number): number {
  if (COMPOUND_SURNAMES.has(text.slice(start, start + 2))) return 2;
  return SURNAMES.has(text[start] ?? '') ? 1 : 0;
}

/** Whether `text.slice(start, end)` reads as a name on its own: a surname and one or two given characters. */
export function isPersonName(candidate: string): boolean {
  const surname = surnameLength(candidate, 0);
  const given = candidate.length - surname;
  return (
    surname > 0 &&
    given >= 1 &&
    given <= 2 &&
    [...candidate].every(isHan) &&
    !NON_NAME_CHARS.has(candidate.at(-1) ?? '') &&
    !NOT_NAMES.has(candidate)
  );
}

function isBoundaryAfter(text: string, at: number): boolean {
  return at >= text.length || !isHan(text[at]) || FOLLOWERS.startsAt(text, at) || AFTER_TITLE_WORDS.startsAt(text, at);
}

function isBoundaryBefore(text: string, at: number): boolean {
  return at === 0 || !isHan(text[at - 1]) || SCAN_STOPS.endsAt(text, at) || SOFT_STOPS.endsAt(text, at);
}

const MAX_PLACE = 8;
/**
 * `常州市委书记`, `武进国家高新区党工委书记`: the place named before a level of government belongs to
 * the role as printed. Only a run that starts with a known place is taken, so a verb is never swallowed.
 */
function placeBefore(text: string, roleStart: number): number {
  let at = roleStart;
  while (at > 0 && roleStart - at < MAX_PLACE && isHan(text[at - 1]) && text[at - 1] !== '、') at--;
  for (; at < roleStart; at++) {
    if (PLACES.startsAt(text, at) && isBoundaryBefore(text, at)) return at;
  }
  return roleStart;
}

/** The end of a name starting at `start`, shortest that the next text closes (`盛蕾|来我区`, `蒋鹏举|,`). */
function nameAfter(text: string, start: number, lexicon?: Lexicon): number | undefined {
  // `市长表示`, `书记强调`: the role is used without a name.
  if (FOLLOWERS.startsAt(text, start)) return undefined;
  const surname = surnameLength(text, start);
  if (surname === 0) return undefined;
  for (let given = 1; given <= 2; given++) {
    const end = start + surname + given;
    if (end > text.length) break;
    if (isPersonName(text.slice(start, end)) && isBoundaryAfter(text, end)) return end;
  }
  return lexicon ? nameBeforeWord(text, start, surname, lexicon) : undefined;
}

/** Titles and forms of address that are no given name: `魏女士`, `简同学`. */
const ADDRESS_FORMS = new Set(['女士', '先生', '同学', '老师', '师傅', '大爷', '大妈', '阿姨', '老人', '小姐', '夫人']);

/**
 * A description (`村民`, `学者`) anchors less than a role: the name must not begin with a word
 * (`市民|权利`, `干部|管好`, `队员|全部留`) nor end in a form of address.
 */
function isDescribedName(name: string, lexicon?: Lexicon): boolean {
  const surname = surnameLength(name, 0);
  if (ADDRESS_FORMS.has(name.slice(surname))) return false;
  if (!lexicon) return true;
  return !lexicon.has(name) && !lexicon.has(name.slice(0, 2)) && !(name.length >= 3 && lexicon.has(name.slice(1, 3)));
}

/** Whether a two-character word runs across `at` (one character each side). */
function crossesWord(text: string, at: number, lexicon: Lexicon): boolean {
  return at > 0 && at < text.length && lexicon.has(text.slice(at - 1, at + 1));
}

function wordStartsAt(text: string, at: number, lexicon: Lexicon): boolean {
  for (let length = 4; length >= 2; length--) if (at + length <= text.length && lexicon.has(text.slice(at, at + length))) return true;
  return false;
}

/**
 * `村民赵龙连连说`, `驻村第一书记许元锋有意…`: where no punctuation or familiar verb closes the name,
 * the dictionary does: the name ends where a word starts, and no word runs across its end. A name
 * that is itself a word (`时代`, `高潮`) is not read as one here.
 */
function nameBeforeWord(text: string, start: number, surname: number, lexicon: Lexicon): number | undefined {
  for (const given of [2, 1]) {
    const end = start + surname + given;
    const name = text.slice(start, end);
    if (end >= text.length || !isPersonName(name) || lexicon.has(name)) continue;
    // `魏立彬|带着`, `黄友胜|吃上了`: a verb with its aspect marker closes the name as well as a word does.
    if (!wordStartsAt(text, end, lexicon) && !/^[^\s，。、；：,.;:]{1,2}?[了着过]/u.test(text.slice(end, end + 3))) continue;
    // `赵龙连|连说`: the last character starts the next word, so the name is shorter.
    if (given === 2 && wordStartsAt(text, end - 1, lexicon)) continue;
    if (lexicon.has(text.slice(start + surname, end + 1)) || lexicon.has(text.slice(end - 1, end + 1))) continue;
    return end;
  }
  return undefined;
}

const ANCHOR_WORDS = new WordList([...ROLE_TITLES, ...PERSON_NOUNS]);

/**
 * `外长阿卜杜勒·穆明`: a transliterated name after a role runs over its interpuncts. Its parts are
 * sounds, not words: a long first part that opens with a word (`状态新观察·…`) is a title's, and a
 * long last part ends where a word starts (`…·安山|充满`).
 */
function foreignNameAfter(text: string, start: number, lexicon?: Lexicon): number | undefined {
  if (ANCHOR_WORDS.startsAt(text, start)) return undefined;
  const first = foreignPartEnd(text, start);
  if (first === start || text[first] !== '·') return undefined;
  let end = wholeForeignName(text, start, first).end;
  if (!lexicon) return end;
  const parts = text.slice(start, end).split('·');
  if ((parts[0]?.length ?? 0) >= 4 && wordStartsAt(parts[0] ?? '', 0, lexicon)) return undefined;
  // A long last part ran on into the sentence: it ends where the first word starts.
  const last = end - (parts.at(-1)?.length ?? 0);
  if (end - last > 5) for (let at = last + 2; at < end; at++) if (wordStartsAt(text, at, lexicon)) { end = at; break; }
  return end;
}

/** The start of a name ending at `end`: longest that begins a clause, else longest at all. */
function nameBefore(text: string, end: number): number | undefined {
  const starts: number[] = [];
  for (const length of [4, 3, 2]) {
    const start = end - length;
    if (start >= 0 && isPersonName(text.slice(start, end))) starts.push(start);
  }
  return starts.find((start) => isBoundaryBefore(text, start)) ?? starts[0];
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

/**
 * A transliterated name is printed whole with its interpuncts (`米歇尔·克雷森斯`): a name found at
 * its first part runs on over the rest, a name found at its last part back over the first.
 */
function wholeForeignName(text: string, start: number, end: number): { start: number; end: number } {
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

const PADDED_NAME = /^(\p{Script=Han}) (\p{Script=Han})(?!\p{Script=Han})/u;

function skipSpace(text: string, at: number): number {
  return text[at] === ' ' ? at + 1 : at;
}

/** What may follow a name listed after a role: the next item, the clause's end, or the verb the list is the subject of. */
const LIST_ITEM_END = /^(?:、|[，。；：,;:]|$|等(?:人)?(?:[，。；,;]|参加|出席|陪同|$)|参加|出席|陪同)/u;

function afterRoles(text: string, lexicon?: Lexicon): PersonFind[] {
  const finds: PersonFind[] = [];
  const roleEndingAt = new Map<number, { start: number; role: string }>();
  for (const match of text.matchAll(ROLE_RE)) {
    const start = LEVEL_START.test(match[0]) ? placeBefore(text, match.index) : match.index;
    const role = text.slice(start, match.index) + match[0];
    const end = match.index + match[0].length;
    roleEndingAt.set(end, { start, role });
    // `区委副书记、区长恽淇丞`: every role of the chain joined by 、 is this person's.
    const roles = [role];
    for (let chainStart = start; text[chainStart - 1] === '、'; ) {
      const prev = roleEndingAt.get(chainStart - 1);
      if (!prev) break;
      roles.unshift(prev.role);
      chainStart = prev.start;
    }
    let at = skipSpace(text, end);
    // `研究室主任 张 禹`: a signature line pads a two-character name to the width of three.
    const padded = at > end ? PADDED_NAME.exec(text.slice(at, at + 4)) : null;
    if (padded && isPersonName(`${padded[1]}${padded[2]}`)) {
      finds.push({ start: at, end: at + 3, roles });
      continue;
    }
    const first = nameAfter(text, at, lexicon);
    const transliterated = transliteratedNameAfter(text, at, first, lexicon);
    if (transliterated !== undefined) {
      finds.push({ start: at, end: transliterated, roles });
      continue;
    }
    for (let nameEnd = first; nameEnd !== undefined; nameEnd = nameAfter(text, at, lexicon)) {
      finds.push({ start: at, end: nameEnd, roles });
      // `记者 黄雅婷 朱梦琪`: a credit role covers each name after it.
      if (CREDIT_ROLES.has(role) && text[nameEnd] === ' ') {
        at = nameEnd + 1;
        continue;
      }
      // `副区长王立、李强、孙晓峰等参加`: any role covers the names listed after it with 、, but only
      // a name that ends the list or the clause: `王立、高校和企业代表` lists groups, not people.
      if (text[nameEnd] !== '、') break;
      const next = nameAfter(text, nameEnd + 1);
      if (next === undefined || !LIST_ITEM_END.test(text.slice(next, next + 4))) break;
      at = nameEnd + 1;
    }
  }
  return finds;
}

/**
 * A transliterated name after a role or description: whole over its interpuncts, or, where no
 * Chinese name (`chineseEnd`) reads there, the sounds up to a verb that follows names.
 */
function transliteratedNameAfter(text: string, at: number, chineseEnd: number | undefined, lexicon?: Lexicon): number | undefined {
  const foreign = foreignNameAfter(text, at, lexicon);
  if (foreign !== undefined) return foreign;
  return chineseEnd === undefined && lexicon ? soundsNameAfter(text, at, lexicon) : undefined;
}

const MAX_SOUNDS = 5;
/** Pronouns and adverbs a transliteration never uses. */
const NOT_SOUNDS = new Set([...'我你他她它很还再才更最']);
/**
 * `局长育塔萨表示`, `成员莫拉夫奇克认为`: a transliterated name printed without interpuncts, after a
 * role or description and closed by a verb that follows names. Its characters are sounds: none
 * starts a word, none is a function character.
 */
function soundsNameAfter(text: string, start: number, lexicon: Lexicon): number | undefined {
  if (surnameLength(text, start) > 0 || ANCHOR_WORDS.startsAt(text, start)) return undefined;
  for (let end = start + 1; end <= start + MAX_SOUNDS && end <= text.length; end++) {
    const ch = text[end - 1] ?? '';
    if (!isHan(ch) || NON_NAME_CHARS.has(ch) || NOT_SOUNDS.has(ch) || FOLLOWERS.startsAt(text, end - 1) || wordStartsAt(text, end - 1, lexicon)) return undefined;
    if (end - start >= 2 && end < text.length && FOLLOWERS.startsAt(text, end) && /^(?:说|表示|介绍|认为|是|指出|告诉)/u.test(text.slice(end))) return end;
  }
  return undefined;
}

/** `村民赵龙`, `老伴张桂荣`: a description anchors the name after it, with no role to list. */
function afterPersonNouns(text: string, lexicon?: Lexicon): PersonFind[] {
  const finds: PersonFind[] = [];
  for (const match of text.matchAll(PERSON_NOUN_RE)) {
    const at = match.index + match[0].length;
    // `乡村民宿`: the noun must be a word of its own, not the end of one before it nor the start of one after.
    if (lexicon && (crossesWord(text, match.index, lexicon) || crossesWord(text, at, lexicon))) continue;
    const end = nameAfter(text, at, lexicon);
    const transliterated = transliteratedNameAfter(text, at, end, lexicon);
    if (transliterated !== undefined) finds.push({ start: at, end: transliterated, roles: [] });
    else if (end !== undefined && isDescribedName(text.slice(at, end), lexicon)) finds.push({ start: at, end, roles: [] });
  }
  return finds;
}

function beforeTitles(text: string): PersonFind[] {
  const finds: PersonFind[] = [];
  for (const match of text.matchAll(AFTER_TITLE_RE)) {
    const start = nameBefore(text, match.index);
    if (start === undefined) continue;
    const title = match[0];
    finds.push({ start, end: match.index, roles: AFTER_TITLE_ROLES.has(title) ? [title] : [] });
  }
  return finds;
}

function slashCredits(text: string): PersonFind[] {
  const finds: PersonFind[] = [];
  for (const match of text.matchAll(SLASH_AFTER_RE)) {
    const name = match[1] ?? '';
    if (isPersonName(name)) finds.push({ start: match.index, end: match.index + name.length, roles: [creditRole(match[2] ?? '')] });
  }
  for (const match of text.matchAll(SLASH_BEFORE_RE)) {
    const name = match[2] ?? '';
    const end = match.index + match[0].length;
    if (isPersonName(name)) finds.push({ start: end - name.length, end, roles: [creditRole(match[1] ?? '')] });
  }
  return finds;
}

/** `… 徐晶玮 摄`, `(记者 陈静 摄)`: the space-separated names just before the credit. */
function trailingCredits(text: string): PersonFind[] {
  const finds: PersonFind[] = [];
  for (const match of text.matchAll(TRAILING_CREDIT_RE)) {
    let end = match.index;
    for (;;) {
      const start = Math.max(text.lastIndexOf(' ', end - 1), text.lastIndexOf('(', end - 1)) + 1;
      const token = text.slice(start, end);
      if (isPersonName(token)) finds.push({ start, end, roles: ['摄影'] });
      else if (!CREDIT_ROLES.has(token)) break;
      if (start === 0 || text[start - 1] !== ' ') break;
      end = start - 1;
    }
  }
  return finds;
}

/** `本报讯(韩晖 记者 黄雅婷)` left in a paragraph: a role covers the names after it until the next role. */
function datelineCredits(text: string): PersonFind[] {
  const finds: PersonFind[] = [];
  for (const match of text.matchAll(DATELINE_CREDIT_RE)) {
    const inner = match[1] ?? '';
    const innerStart = match.index + 2;
    const tokens = [...inner.matchAll(/[^\s、,]+/gu)];
    const list: PersonFind[] = [];
    let role: string | undefined;
    let ok = true;
    for (const token of tokens) {
      const word = token[0];
      const roleWord = CREDIT_ROLES.list().find((r) => word.startsWith(r) || word.startsWith(`本报${r}`));
      const printedRole = roleWord ? (word.startsWith('本报') ? `本报${roleWord}` : roleWord) : '';
      const name = word.slice(printedRole.length);
      if (roleWord) role = roleWord;
      if (name === '') continue;
      if (!isPersonName(name)) {
        ok = false;
        break;
      }
      const start = innerStart + token.index + printedRole.length;
      list.push({ start, end: start + name.length, roles: role ? [role] : [] });
    }
    if (ok) finds.push(...list);
  }
  return finds;
}

/** Every anchored person mention in one folded text, in reading order. */
export function findPersons(text: string, lexicon?: Lexicon): PersonFind[] {
  return [...afterRoles(text, lexicon), ...afterPersonNouns(text, lexicon), ...beforeTitles(text), ...slashCredits(text), ...trailingCredits(text), ...datelineCredits(text)]
    .map((find) => ({ ...find, ...wholeForeignName(text, find.start, find.end) }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}
