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
import { transliteratedNameAfter, wholeForeignName } from './foreign-names.ts';
import { soundlessWordStartsAt, surnameLength, wordStartsAt } from './name-words.ts';
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

// `原会长`, `副司长`, `前副主席`: 原, 前 and 副 change what the role means, so they belong to it.
const ROLE_RE = new RegExp(
  `(?:${ROLE_QUALIFIER})?(?:原|前)?副?(?:${[...ROLE_TITLES]
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

/** A level of government printed alone before a role, with no organ (`区副区长`, not `区委书记`); a village is left out, its roles are printed with it (`驻村第一书记`, `村支书`). */
const BARE_LEVEL = new RegExp(`^[省市区县镇乡](?!委|政府|人大|政协|纪委|监委|管委会|党)`, 'u');

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
    if (isPersonName(text.slice(start, end)) && isBoundaryAfter(text, end) && !(given === 2 && lexicon && runsIntoWord(text, start, end, lexicon))) return end;
  }
  return lexicon ? nameBeforeWord(text, start, surname, lexicon) : undefined;
}

/**
 * `陈子宇看|到记者`, `胡立找|到`, `王松发|来的`, `李甜终|于`: 到, 来 and 于 close a name only where they
 * complete no word with the name's last character, as the dictionary and the tagger read it. (Other
 * familiar verbs close it even where they make a word with it: `王海文|说`, `郭立定|则`.)
 */
function runsIntoWord(text: string, start: number, end: number, lexicon: Lexicon): boolean {
  if (!lexicon.tag || !'到来于'.includes(text[end] ?? '-') || !crossesWord(text, end, lexicon)) return false;
  let at = start;
  for (const { word } of lexicon.tag(text.slice(start, end + 4))) {
    if (at === end) return false;
    if (at > end) break;
    at += word.length;
  }
  return at !== end;
}

/** A name that punctuation or a familiar verb closes, not the dictionary alone. */
function closedNameAfter(text: string, start: number, lexicon?: Lexicon): number | undefined {
  const end = nameAfter(text, start);
  return end !== undefined && lexicon && end - start >= 3 && runsIntoWord(text, start, end, lexicon) ? undefined : end;
}

/** Titles and forms of address that are no given name: `魏女士`, `简同学`. */
const ADDRESS_FORMS = new Set(['女士', '先生', '同学', '老师', '师傅', '大爷', '大妈', '阿姨', '老人', '小姐', '夫人']);

/**
 * A description (`村民`, `学者`) anchors less than a role: the name must not begin with a word
 * (`市民|权利`, `干部|管好`, `队员|全部留`) nor end in a form of address. A given name may be a word
 * (`美军`, `顺利`) where the tagger reads the character before it as a surname (`赵/nr 顺利`), not
 * as a verb or adverb (`应/v 抓住`, `常/d 这么`).
 */
function isDescribedName(text: string, start: number, end: number, lexicon?: Lexicon): boolean {
  const name = text.slice(start, end);
  const surname = surnameLength(name, 0);
  if (ADDRESS_FORMS.has(name.slice(surname))) return false;
  if (!lexicon) return true;
  if (isListedName(name, lexicon, true)) return true;
  if (lexicon.has(name) || lexicon.has(name.slice(0, 2))) return false;
  const given = name.slice(surname);
  if (given.length < 2 || !lexicon.has(given)) return true;
  return lexicon.nameKind?.(given) === 'foreign' || readsAsSurname(text, start, surname, lexicon);
}

/** Whether the tagger, reading on past the name, takes its first `surname` characters as a surname of their own. */
function readsAsSurname(text: string, start: number, surname: number, lexicon: Lexicon): boolean {
  const [first] = lexicon.tag?.(text.slice(start, start + 6)) ?? [];
  return first !== undefined && first.word.length === surname && first.tag === 'nr';
}

/**
 * `宇航员周明远`, `主任周天翔`: a full name the dictionary lists as a person's is one, though also a
 * word. Not two characters: the dictionary lists 康复, 高峰 as names too. After a description, which
 * anchors less than a role, not one that opens with a word either (`专家|顾问团`, `叫|常青树`).
 */
function isListedName(name: string, lexicon: Lexicon, described = false): boolean {
  return name.length >= 3 && lexicon.nameKind?.(name) === 'person' && !(described && lexicon.has(name.slice(0, 2)));
}

/** Whether a two-character word runs across `at` (one character each side). */
function crossesWord(text: string, at: number, lexicon: Lexicon): boolean {
  return at > 0 && at < text.length && lexicon.has(text.slice(at - 1, at + 1));
}

/**
 * `村民赵虎连连说`, `驻村第一书记许文锋有意…`: where no punctuation or familiar verb closes the name,
 * the dictionary does: the name ends where a word starts, and no word runs across its end. A name
 * that is itself a word (`时代`, `高潮`) is not read as one here.
 */
function nameBeforeWord(text: string, start: number, surname: number, lexicon: Lexicon): number | undefined {
  for (const given of [2, 1]) {
    const end = start + surname + given;
    const name = text.slice(start, end);
    if (end >= text.length || !isPersonName(name) || (lexicon.has(name) && !isListedName(name, lexicon))) continue;
    // `马克思主义者`: a word derived from a name is no person.
    if (text.startsWith('主义', end)) continue;
    // `魏立彬|带着`, `黄友胜|吃上了`: a verb with its aspect marker closes the name as well as a word does.
    // A transliteration the dictionary lists does not close a name: it goes on (`施泰格|迈尔`).
    if (!soundlessWordStartsAt(text, end, lexicon) && !/^[^\s，。、；：,.;:]{1,2}?[了着过]/u.test(text.slice(end, end + 3))) continue;
    // `赵龙连|连说`: the last character starts the next word, so the name is shorter.
    if (given === 2 && wordStartsAt(text, end - 1, lexicon)) continue;
    if (lexicon.has(text.slice(start + surname, end + 1)) || lexicon.has(text.slice(end - 1, end + 1))) continue;
    return end;
  }
  return undefined;
}

/**
 * The start of a name ending at `end`: longest that begins a clause, else longest at all; never
 * where a word runs across the start (`学习|习主席`, `担任|军委主席`, `主席团|主席`) unless the dictionary
 * lists the name (`做实|周明远总书记`, though 实习 is a word).
 */
function nameBefore(text: string, end: number, lexicon?: Lexicon): number | undefined {
  const starts: number[] = [];
  for (const length of [4, 3, 2]) {
    const start = end - length;
    const name = text.slice(start, end);
    if (start >= 0 && isPersonName(name) && !(lexicon && crossesWord(text, start, lexicon) && !isListedName(name, lexicon))) starts.push(start);
  }
  return starts.find((start) => isBoundaryBefore(text, start)) ?? starts[0];
}

// No three-character name is padded, so the padding alone tells the name's end, even where the
// parser ran the signature into the next paragraph (`研究员 周 立党的领导…`).
const PADDED_NAME = /^(\p{Script=Han}) {1,2}(\p{Script=Han})/u;

/** `主席  周明远`: a signature sets the name off with a few spaces. */
function skipSpace(text: string, at: number): number {
  let end = at;
  while (text[end] === ' ' && end - at < 4) end++;
  return end;
}

/** What may follow a name listed after a role: the next item, the clause's end, or the verb the list is the subject of. */
const LIST_ITEM_END = /^(?:、|[，。；：,;:]|$|等(?:人)?(?:[，。；,;]|参加|出席|陪同|$)|参加|出席|陪同)/u;

function afterRoles(text: string, lexicon?: Lexicon): PersonFind[] {
  const finds: PersonFind[] = [];
  const roleEndingAt = new Map<number, { start: number; role: string }>();
  for (const match of text.matchAll(ROLE_RE)) {
    const start = LEVEL_START.test(match[0]) ? placeBefore(text, match.index) : match.index;
    // `吴山区|副区长`, `龙口镇|镇长`: a bare level after a place no list knows is the place's last character.
    const bareLevel = start === match.index && BARE_LEVEL.test(match[0]) && isHan(text[match.index - 1]);
    const role = bareLevel ? match[0].slice(1) : text.slice(start, match.index) + match[0];
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
      finds.push({ start: at, end: at + padded[0].length, roles });
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

/** `村民赵虎`, `老伴张桂芬`: a description anchors the name after it, with no role to list. */
function afterPersonNouns(text: string, lexicon?: Lexicon): PersonFind[] {
  const finds: PersonFind[] = [];
  for (const match of text.matchAll(PERSON_NOUN_RE)) {
    const at = match.index + match[0].length;
    // `乡村民宿`: the noun must be a word of its own, not the end of one before it nor the start of one after.
    // A doubled character is a place's level before the noun (`黄石村|村民`), not a word.
    const doubled = text[match.index - 1] === text[match.index];
    if (lexicon && ((!doubled && crossesWord(text, match.index, lexicon)) || crossesWord(text, at, lexicon))) continue;
    const end = nameAfter(text, at, lexicon);
    const transliterated = transliteratedNameAfter(text, at, end, lexicon);
    if (transliterated !== undefined) finds.push({ start: at, end: transliterated, roles: [] });
    else if (end !== undefined && isDescribedName(text, at, end, lexicon)) finds.push({ start: at, end, roles: [] }, ...namesJoinedAfter(text, end, lexicon));
  }
  return finds;
}

/**
 * `保安肖华明和王临江从…`: the names joined to a described one with 和 or 、 share its description,
 * where punctuation or a familiar verb closes each (the dictionary is not asked: `王立和高校` is no pair).
 */
function namesJoinedAfter(text: string, end: number, lexicon?: Lexicon): PersonFind[] {
  const finds: PersonFind[] = [];
  for (let at = end; text[at] === '和' || text[at] === '、'; ) {
    const next = closedNameAfter(text, at + 1, lexicon);
    if (next === undefined || !isDescribedName(text, at + 1, next, lexicon)) break;
    finds.push({ start: at + 1, end: next, roles: [] });
    at = next;
  }
  return finds;
}

/**
 * `她叫孟兰兰,`, `23岁的温宇兮,`, `来自桂林的潘明宇和…`: a name introduced by what it is called, an age
 * or where it comes from, closed by punctuation (after 叫, which also makes verbs: `叫停`, `叫好`, and
 * names things after 也 or 又: `醒狮也叫北狮`) or
 * a familiar verb, and no word.
 */
const INTRODUCTION_RE = /(?<![也又俗])(名叫|叫做|叫)|\d+岁的|来自\p{Script=Han}{2,8}?的/gu;

function afterIntroductions(text: string, lexicon?: Lexicon): PersonFind[] {
  const finds: PersonFind[] = [];
  for (const match of text.matchAll(INTRODUCTION_RE)) {
    const at = match.index + match[0].length;
    const end = closedNameAfter(text, at, lexicon);
    if (end === undefined || (match[1] !== undefined && isHan(text[end]))) continue;
    if (isDescribedName(text, at, end, lexicon)) finds.push({ start: at, end, roles: [] }, ...namesJoinedAfter(text, end, lexicon));
  }
  return finds;
}

function beforeTitles(text: string, lexicon?: Lexicon): PersonFind[] {
  const finds: PersonFind[] = [];
  for (const match of text.matchAll(AFTER_TITLE_RE)) {
    const start = nameBefore(text, match.index, lexicon);
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
  return [...afterRoles(text, lexicon), ...afterPersonNouns(text, lexicon), ...afterIntroductions(text, lexicon), ...beforeTitles(text, lexicon), ...slashCredits(text), ...trailingCredits(text), ...datelineCredits(text)]
    .map((find) => ({ ...find, ...wholeForeignName(text, find.start, find.end) }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}
