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

// `二十国集团`, `七国集团` are groups of countries. A cooperative (`…农民专业合作社`) and a state
// works (`…设备制造总厂`) are businesses named the same way.
const SUFFIX = '(?<!国)集团(?:股份有限公司|有限责任公司|有限公司|股份公司|公司)?(?![化军])|股份有限公司|有限责任公司|有限公司|股份公司|公司|合作社|总厂';
/** Suffixes that make no registered name of their own: a core of common words before them says what kind, not which. */
const PLAIN_SUFFIXES = new Set(['公司', '合作社', '总厂']);
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

/** Stops that are also sounds of names: 那 fills place names and transliterations (那曲, 秋那河, 安那). */
const SOUND_STOPS = new Set(['那']);

/**
 * `成立的秋那河…合作社`: a stop that is also a sound may be a syllable of a coined name. Where the
 * tagger reads it with the character after it as one word the dictionary does not know (`那河/x`),
 * the scan goes on past it.
 */
function clauseStartBefore(text: string, suffixStart: number, lexicon?: Lexicon): number {
  const stops = [SCAN_STOPS, APPOSITION_HEADS];
  let start = scanBack(text, suffixStart, stops, MAX_CORE);
  for (let tries = 0; tries < 2 && lexicon?.tag && start > 0 && SOUND_STOPS.has(text[start - 1] ?? ''); tries++) {
    const from = Math.max(0, start - 4);
    let at = from;
    let inside = false;
    for (const { word, tag } of lexicon.tag(text.slice(from, suffixStart))) {
      if (at < start && at + word.length > start) inside = word.length >= 2 && tag === 'x' && !lexicon.has(word);
      at += word.length;
      if (at > start) break;
    }
    if (!inside) break;
    const before = scanBack(text, start - 1, stops, MAX_CORE - (suffixStart - start));
    if (before === start - 1 && SCAN_STOPS.has(text[before - 1] ?? '')) break;
    start = before;
  }
  return start;
}

/**
 * Where the name before a suffix starts: after the first soft stop (`和`) that leaves a distinctive
 * name (`A公司和|同力重工集团`, not `同|力重工集团`), else at the clause start (`与|华为技术`, not `华为|技术`).
 */
function nameStart(text: string, suffixStart: number, lexicon?: Lexicon): number | undefined {
  const clauseStart = clauseStartBefore(text, suffixStart, lexicon);
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
 * pronouns, conjunctions (`随着|湘中冶炼集团`, `应聘|港湾物流…有限公司`). Only words of two or more
 * characters are taken: the tagger reads a name's single characters as anything (`正|阳新地…`).
 */
const CLAUSE_TAGS = /^(?:v|vd|vn|p|d|r|c)$/u;
/** Measures, times, adjectives: words a core may hold, but never all of it. */
const NAMELESS_TAGS = /^(?:q|mq|t|f|a|ad|an|l|i|u[a-z]*)$/u;
/** Numbers and quantities (`许多`); a name the tagger reads as a number (`千发`) is still a name. */
const QUANTITY = /^(?:[\d几数多一两三四五六七八九十百千万亿]+|许多|很多|不少|一些|若干|众多|诸多|大量|多个|多家|各个|部分)$/u;

const ORDINAL = /^第[\d一二三四五六七八九十]+[批次个轮届]$/u;

/** The tagger's second opinion: the name starts after the clause words it opens with. */
function afterClauseWords(text: string, start: number, suffixStart: number, lexicon?: Lexicon): number | undefined {
  if (!lexicon?.tag) return start;
  const words = lexicon.tag(text.slice(start, suffixStart));
  if (words.length === 0) return start;
  // `受到公司表彰`, `有许多公司`, `努力实现公司`: only clause words before the suffix, and no name at all.
  if (words.every(({ word, tag }) => CLAUSE_TAGS.test(tag) || NAMELESS_TAGS.test(tag) || QUANTITY.test(word))) return undefined;
  for (const { word, tag } of words) {
    // `第一批|招聘|先进制造…有限公司`: an ordinal before the clause words is the sentence's too.
    if (!(CLAUSE_TAGS.test(tag) || ORDINAL.test(word)) || word.length < 2) break;
    start += word.length;
  }
  return start;
}

/**
 * `调查显示挪威民众信心指数下降|挪威海岸互助保险公司`: a headline run into the paragraph after it
 * puts a whole clause before the name. Where the tagger reads a verb inside the core and a place after
 * it, the name starts at that place (`…设备制造总厂` has a verb, but no place after it). A trade the
 * tagger reads as a verb is the name's (`顺达快递/v北京公司`).
 */
const TRADE_VERBS = new Set(KINDS_OF_BUSINESS);

function afterInnerClause(text: string, start: number, suffixStart: number, lexicon?: Lexicon): number {
  if (!lexicon?.tag) return start;
  let at = start;
  let verbSeen = false;
  let placeAfterVerb: number | undefined;
  for (const { word, tag } of lexicon.tag(text.slice(start, suffixStart))) {
    if (tag === 'v' && word.length >= 2 && !TRADE_VERBS.has(word)) {
      verbSeen = true;
      placeAfterVerb = undefined;
    } else if (verbSeen && tag === 'ns' && placeAfterVerb === undefined) placeAfterVerb = at;
    at += word.length;
  }
  return placeAfterVerb ?? start;
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
  if (!PLAIN_SUFFIXES.has(suffix) || !lexicon?.tag || !isMadeOfWords(core, lexicon)) return false;
  const words = lexicon.tag(core);
  return words.length > 0 && words.every(({ tag }) => COMMON_TAGS.test(tag));
}

/** A word of a cooperative's own: a place, or a coined one the dictionary does not know (`万福/x`); its names (`黄牛/nr`, `农村信用/nt`) are common words too. */
const OWN_TAGS = /^(?:ns|x)$/u;
/** Parts of speech that make a clause of a core: verbs, prepositions, conjunctions, adverbs, pronouns. */
const CLAUSE_WORD_TAGS = /^(?:v|p|c|d|r)$/u;
const COOPERATIVE_KINDS = [...KINDS_OF_BUSINESS].sort((a, b) => b.length - a.length);

/**
 * `万福种植合作社`, `秋那河村乡村旅游合作社`, not `肉牛养殖合作社`, `鹅由合作社`, `听从号召办合作社`: a
 * cooperative or works is printed in running text far more often as a kind than by name, so what is
 * left once its trades are peeled off must hold a word of its own (a place, a coined name) and no
 * clause word. Without a tagger none is taken.
 */
function isOwnName(core: string, suffix: string, lexicon?: Lexicon): boolean {
  if (suffix !== '合作社' && suffix !== '总厂') return true;
  if (!lexicon?.tag) return false;
  let rest = core;
  for (let word = COOPERATIVE_KINDS.find((k) => rest.endsWith(k)); word && rest.length > word.length; word = COOPERATIVE_KINDS.find((k) => rest.endsWith(k))) {
    rest = rest.slice(0, -word.length);
  }
  const words = lexicon.tag(rest);
  return words.some(({ word, tag }) => word.length >= 2 && OWN_TAGS.test(tag)) && !words.some(({ tag }) => CLAUSE_WORD_TAGS.test(tag));
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
    const scanned = afterDate(text, nameStart(text, match.index, lexicon), match.index);
    if (scanned === match.index) continue;
    const cleared = scanned === undefined ? undefined : afterClauseWords(text, scanned, match.index, lexicon);
    const start = cleared === undefined ? undefined : afterInnerClause(text, cleared, match.index, lexicon);
    const core = start === undefined ? '' : text.slice(start, match.index);
    // `党的领导和公司治理`: a core never ends on a conjunction.
    if (start === undefined || isKindOnly(core, match[0]) || /[和与及或]$/u.test(core) || isCommonKind(core, match[0], lexicon) || !isOwnName(core, match[0], lexicon)) continue;
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
