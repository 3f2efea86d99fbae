/**
 * Enterprises: a legal suffix (`有限公司`, `股份有限公司`, `集团` …) and the name scanned back from
 * it to a sensible start, with an optional bracketed place (`中讯半导体(江苏)有限公司`).
 */
import { APPOSITION_HEADS, DETERMINERS, GENERIC_COMPANY_CORES, KINDS_OF_BUSINESS, PLACES, SCAN_STOPS, SCOPE_WORDS, SOFT_STOPS, TRADES } from './lexicon.ts';
import { scanBack } from './scan.ts';
import type { Lexicon } from '../parse/types.ts';

export interface NameFind {
  start: number;
  end: number;
}

// `二十国集团`, `七国集团` are groups of countries.
const SUFFIX = '(?<!国)集团(?:股份有限公司|有限责任公司|有限公司|股份公司|公司)?(?![化军])|股份有限公司|有限责任公司|有限公司|股份公司|公司';
const SUFFIX_RE = new RegExp(SUFFIX, 'gu');
const SUFFIX_AT_END = new RegExp(`(?:${SUFFIX})$`, 'u');
const MAX_CORE = 30;

/** What is left of a core once trades and generic words are peeled off its end: `新能源汽车` leaves nothing. */
function distinctivePart(core: string): string {
  let rest = core.replace(/\([^()]*\)/gu, '');
  for (let changed = true; changed && rest.length > 0; ) {
    changed = false;
    for (const word of [...TRADES, ...GENERIC_COMPANY_CORES.list()]) {
      if (rest.endsWith(word)) {
        rest = rest.slice(0, -word.length);
        changed = true;
      }
    }
  }
  return rest;
}

/** `10家上市公司`, `约750家欧洲公司`: a count makes what follows a kind of company, not one. */
// `家政`, `家电` are trades, not a count's classifier.
const COUNT = /(?:(?:约|近|超过|逾)?[\d一二三四五六七八九十百千万几数]+(?:余|多)?|^)家(?![政电居具庭纺用装])/gu;

/** `多家子公司`, `该公司`, `10家…`: the name starts after the last determiner or count, if any. */
function stripDeterminers(text: string, start: number, end: number): number {
  for (const count of text.slice(start, end).matchAll(COUNT)) start = Math.max(start, start + count.index + count[0].length);
  for (const word of DETERMINERS) {
    const at = text.lastIndexOf(word, end - 1);
    // A determiner may straddle the start the scan stopped at (`这|家科技公司`).
    const reachesCore = at >= 0 && at + word.length > start && at >= start - (word.length - 1);
    if (reachesCore && at + word.length <= end && (word.length > 1 || at === start)) start = at + word.length;
  }
  return start;
}

/**
 * Where the name before a suffix starts: after the first soft stop (`和`) that leaves a distinctive
 * name (`A公司和|同力重工集团`, not `同|力重工集团`), else at the clause start (`与|华为技术`, not `华为|技术`).
 */
function nameStart(text: string, suffixStart: number): number | undefined {
  const clauseStart = scanBack(text, suffixStart, [SCAN_STOPS, APPOSITION_HEADS], MAX_CORE);
  const starts: number[] = [];
  for (let at = clauseStart + 1; at < suffixStart; at++) if (SOFT_STOPS.has(text[at - 1] ?? '')) starts.push(at);
  starts.push(clauseStart);
  for (const candidate of starts) {
    const start = stripDeterminers(text, candidate, suffixStart);
    const core = text.slice(start, suffixStart);
    const distinctive = distinctivePart(core).length;
    // `科技公司和新能源汽车公司`: a core never runs on past another company and a conjunction.
    if (/(?:公司|集团|政府|大学|银行)[和同与及、]/u.test(core)) continue;
    if (core.length >= 2 && distinctive >= (candidate === clauseStart ? 1 : 2)) return start;
  }
  return undefined;
}

const KIND_WORDS = [...KINDS_OF_BUSINESS, ...SCOPE_WORDS].sort((a, b) => b.length - a.length);

/**
 * Whether a core only says what kind of company it is: places, scope words and kinds of business
 * all through (`中国民营影视`, `全球主要互联网`), with no word of its own. A bracketed place is a
 * registered name's (`毫厘科技(常州)`), which no kind of company has.
 */
function isKindOnly(core: string, suffix: string): boolean {
  if (/[()]/u.test(core)) return false;
  // The state's groups are named for what they do: `中国建筑集团`, `中国文化传媒集团`.
  if (core.startsWith('中国') && suffix.startsWith('集团') && !SCOPE_WORDS.some((word) => word !== '中国' && core.includes(word))) return false;
  let rest = core;
  for (let changed = true; changed && rest.length > 0; ) {
    changed = false;
    for (const word of [...KIND_WORDS, ...PLACES.list()]) {
      if (rest.startsWith(word)) {
        rest = rest.slice(word.length);
        changed = true;
        break;
      }
    }
  }
  return rest.length === 0;
}

/**
 * Parts of speech that open a clause, never a company's name: verbs, prepositions, adverbs,
 * pronouns, conjunctions (`随着|株洲冶炼集团`, `应聘|港航物流…有限公司`). Only words of two or more
 * characters are taken: the tagger reads a name's single characters as anything (`正|阳新地…`).
 */
const CLAUSE_TAGS = /^(?:v|vd|vn|p|d|r|c)$/u;
/** Measures, times, adjectives: words a core may hold, but never all of it. */
const NAMELESS_TAGS = /^(?:q|mq|t|f|a|ad|an|l|i|u[a-z]*)$/u;
/** Numbers and quantities (`许多`); a name the tagger reads as a number (`千发`) is still a name. */
const QUANTITY = /^(?:[\d几数多一两三四五六七八九十百千万亿]+|许多|很多|不少|一些|若干|众多|诸多|大量|多个|多家|各个|部分)$/u;

/** The tagger's second opinion: the name starts after the clause words it opens with. */
function afterClauseWords(text: string, start: number, suffixStart: number, lexicon?: Lexicon): number | undefined {
  if (!lexicon?.tag) return start;
  const words = lexicon.tag(text.slice(start, suffixStart));
  if (words.length === 0) return start;
  // `受到公司表彰`, `有许多公司`, `努力实现公司`: only clause words before the suffix, and no name at all.
  if (words.every(({ word, tag }) => CLAUSE_TAGS.test(tag) || NAMELESS_TAGS.test(tag) || QUANTITY.test(word))) return undefined;
  for (const { word, tag } of words) {
    if (!CLAUSE_TAGS.test(tag) || word.length < 2) break;
    start += word.length;
  }
  return start;
}

/** Whether `form` is made of dictionary words from end to end (`乡村旅游`, `努力实现`): words of the language, not a name of its own. */
export function isMadeOfWords(form: string, lexicon: Lexicon): boolean {
  const reachable = [true];
  for (let end = 2; end <= form.length; end++) {
    reachable[end] = false;
    for (let length = 2; length <= 4 && length <= end; length++) {
      if (reachable[end - length] && lexicon.has(form.slice(end - length, end))) {
        reachable[end] = true;
        break;
      }
    }
  }
  return reachable[form.length] === true;
}

/** Parts of speech of common words; a brand the tagger knows is tagged a name (`腾讯/nz`, `华为/nr`). */
const COMMON_TAGS = /^(?:n|vn|v|vd|l|i|a|ad|an|d|m|mq|q|t|f|s|b|z)$/u;

/**
 * `乡村旅游公司`, `现代农业公司`, `人力资源公司`: before a bare 公司, common words and nothing else
 * say what kind of company, not which; a registered suffix (`有限公司`) still names one.
 */
function isCommonKind(core: string, suffix: string, lexicon?: Lexicon): boolean {
  if (suffix !== '公司' || !lexicon?.tag || !isMadeOfWords(core, lexicon)) return false;
  const words = lexicon.tag(core);
  return words.length > 0 && words.every(({ tag }) => COMMON_TAGS.test(tag));
}

/** `“清洁太空”公司`: a name quoted whole right before its suffix. */
const QUOTED_BEFORE = /“([^“”]{2,12})”$/u;

const DATE = /^(?:\d+年)?(?:\d+月)?(?:\d+日)?/u;

/** `2019年公司一创立`: a date before the suffix is the sentence's, not the name's. */
function afterDate(text: string, start: number | undefined, suffixStart: number): number | undefined {
  return start === undefined ? undefined : start + (DATE.exec(text.slice(start, suffixStart))?.[0].length ?? 0);
}

/** Every company name in one folded text. */
export function findEnterprises(text: string, lexicon?: Lexicon): NameFind[] {
  const finds: NameFind[] = [];
  for (const match of text.matchAll(SUFFIX_RE)) {
    const quoted = QUOTED_BEFORE.exec(text.slice(Math.max(0, match.index - 14), match.index));
    if (quoted) {
      finds.push({ start: match.index - quoted[0].length, end: match.index + match[0].length });
      continue;
    }
    const scanned = afterDate(text, nameStart(text, match.index), match.index);
    if (scanned === match.index) continue;
    const start = scanned === undefined ? undefined : afterClauseWords(text, scanned, match.index, lexicon);
    const core = start === undefined ? '' : text.slice(start, match.index);
    // `党的领导和公司治理`: a core never ends on a conjunction.
    if (start === undefined || isKindOnly(core, match[0]) || /[和与及或]$/u.test(core) || isCommonKind(core, match[0], lexicon)) continue;
    finds.push({ start, end: match.index + match[0].length });
  }
  return finds;
}

/**
 * Shorter forms a company is printed as after its full name: without the suffix and bracketed
 * place (`中讯半导体`), without a leading place (`昂宝力德宝微电子`), without a trailing trade when
 * what is left is still distinctive (`昂宝力德宝`). Shorter than three characters is too easily a word.
 */
export function companyShortForms(fullName: string, lexicon?: Lexicon): string[] {
  const suffix = SUFFIX_AT_END.exec(fullName);
  if (!suffix) return [];
  const core = fullName.slice(0, suffix.index).replace(/\([^()]*\)/gu, '');
  const forms = [core];
  let unplaced = core;
  for (let place = PLACES.list().find((p) => unplaced.startsWith(p)); place; place = PLACES.list().find((p) => unplaced.startsWith(p))) {
    unplaced = unplaced.slice(place.length);
    forms.push(unplaced);
  }
  for (const form of [...forms]) {
    const trade = TRADES.find((t) => form.endsWith(t));
    if (trade) forms.push(form.slice(0, -trade.length));
  }
  // `大数据`, `努力实现`: a short form made of words of the language names no one company, wherever it is printed.
  return [...new Set(forms)].filter((form) => form.length >= 3 && form !== fullName && !(lexicon && isMadeOfWords(form, lexicon)) && !isKindOnly(form, ''));
}
