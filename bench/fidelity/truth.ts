/**
 * The ground truth of one article: its heading fields and every body line classified by the
 * benchmark's own rules (written from studying the corpus, independent of the parser's code).
 *
 * Line kinds and what the parser is expected to make of them:
 * - `paragraph`: a body block of kind `paragraph` (or a caption line of a photo item). The first
 *   paragraph may open with a dateline (`本报北京3月2日电（记者某某）`), kept in `dateline`; so may a
 *   later one, where two stories are printed under one headline.
 * - `subhead`: a body block of kind `subhead`. A numbered head (`一、`, `（三）`, `第二节`, `■`, `●`,
 *   `3.`) of at most 40 characters that does not end a sentence, or any line of at most 30
 *   characters without a `。` that does not end a sentence (`。！？…；：，、）`, or a closing quote
 *   after one of them) — but only when running text follows it: a short unpunctuated line after
 *   the last paragraph is a signature or a label, not a head.
 * - `byline`: a line of names (`本报记者  某  某  某某某`, `…整理`, a closing `（某某某）`): its names
 *   are expected among the bylines and the line is not a paragraph.
 * - `credit`: a photo or design credit (`新华社记者  某某摄`, `某某  某某摄影报道`, `某某摄（影像中国）`,
 *   `新华社发`, `版式设计：某某`): names expected among the bylines, not a paragraph.
 * - `note`: neutral, scored neither as a paragraph nor as a subhead: a closing filing line
 *   (`（新华社北京3月2日电）`), a bracketed note that also credits its interviewers (`（作者为…，本报记者
 *   某某采访整理）`), an attribution starting `——`, a trailing short label, a line of
 *   31-40 characters without a final mark (in the corpus as often a bold deck as a lead). These
 *   are printed so inconsistently that no single expectation is fair; their text and names count.
 */
import type { RawArticle } from './load.ts';
import { trimLine } from './text.ts';

export type LineKind = 'paragraph' | 'subhead' | 'byline' | 'credit' | 'note';

export interface Reporter {
  role?: string;
  name: string;
}

/** A dateline opening the first paragraph. */
export interface Dateline {
  /** The printed opening up to where the story's own text begins: dateline plus bracketed bylines. */
  prefix: string;
  /** `本报`, `新华社`, `据新华社`, `本报驻某地记者` … */
  agency: string;
  place: string;
  month?: number;
  day?: number;
  mark: '电' | '讯';
  reporters: Reporter[];
  /** The story's text after the prefix. */
  rest: string;
}

export interface TruthLine {
  kind: LineKind;
  /** The line as printed, indent and trailing blanks stripped. */
  text: string;
  /** Person names the line credits, padding removed (`王  明` is 王明). */
  names: string[];
  dateline?: Dateline;
}

export interface TruthArticle extends Omit<RawArticle, 'body'> {
  /** A column label (栏目) the layout printed apart from the title (archive `专栏:` lines). */
  column?: string;
  lines: TruthLine[];
  /** `广告` with an empty body: expected to produce no item. */
  ad: boolean;
  /** Ends in a photo credit: a caption with its credit. */
  photo: boolean;
  /** The crawler's own fields, unchanged: what the crawler layout prints byte for byte. */
  raw: { kicker: string; title: string; subtitle: string; body: string };
  /** Planted by the continuation exercise: the page named by `（下转第N版）` / `（上接第M版）`. */
  continuedOn?: number;
  continuedFrom?: number;
}

const HAN = '\\p{Script=Han}';
const AGENCY = '(?:本报|新华社|人民日报|人民网|光明日报|经济日报|中新社|央视)';
const POSTED = `(?:[驻赴][${HAN}]{1,10}?)?(?:特约|实习|特派)?`;
// any outlet's staff: 本报记者, 本报驻某地记者, 某某日报评论员
const ROLE_WORD = new RegExp(`^(?:综合)?[${HAN}]{0,10}?(?:记者|通讯员|评论员|实习生)$`, 'u');
// a role glued to the name, the paper's or another's: 记者某某, 本报记者某某, 某某报记者某某
const GLUED = new RegExp(`^((?:综合)?[${HAN}]{0,8}?(?:记者|通讯员|实习生)|综合)([${HAN}·]{2,8})$`, 'u');
// an institution is not a person: 某某大学, 某某局
const INSTITUTION = /(?:大学|学院|公司|集团|中心|研究院|研究所|委员会|[局厅部办网报社台馆院所站会])$/u;
const NAME = new RegExp(`^[${HAN}][${HAN}·]{0,15}$`, 'u');

/**
 * Is this a person's name as printed? Two to four Han characters (a transliterated name may be
 * longer but carries a middle dot), not an institution, not a word of the credit itself.
 */
function isName(token: string): boolean {
  const n = [...token].length;
  if (!NAME.test(token) || n < 2 || n > (token.includes('·') ? 16 : 4)) return false;
  return !INSTITUTION.test(token) && !/记者|通讯员/u.test(token) && !/^(?:报道|整理|采写|采访|参与|综合|手记|观察|调查|札记|来信)$/u.test(token) && !/[电讯]$/u.test(token);
}

/**
 * Names from a run of tokens as the paper prints them: whitespace or `、` between names, and a
 * two-character name padded to three (`王  明`), so two single characters in a row are one name.
 * Returns undefined when a token is not a plausible name (then the line is not a name line).
 */
export function namesOf(segment: string, roles?: Reporter[]): string[] | undefined {
  const tokens = segment
    .split(/[\s、，,；;]+/u)
    .map((t) => t.replace(/等$/u, ''))
    .filter((t) => t !== '');
  const found: Reporter[] = [];
  let role: string | undefined;
  let single: string | undefined;
  const add = (name: string) => found.push(role === undefined ? { name } : { role, name });
  for (const token of tokens) {
    if (single !== undefined && [...token].length !== 1) return undefined;
    if (ROLE_WORD.test(token)) {
      role = token;
      continue;
    }
    const glued = GLUED.exec(token);
    if (glued && isName(glued[2] ?? '')) {
      role = glued[1];
      add(glued[2] ?? '');
      continue;
    }
    if ([...token].length === 1 && NAME.test(token)) {
      if (single === undefined) single = token;
      else {
        add(single + token);
        single = undefined;
      }
      continue;
    }
    if (!isName(token)) return undefined;
    add(token);
  }
  if (single !== undefined || found.length === 0) return undefined;
  roles?.push(...found);
  return found.map((r) => r.name);
}

const DATELINE = new RegExp(
  `^(?<agency>据?${AGENCY}(?:驻[${HAN}]{1,10}?记者)?)(?<place>[${HAN}·]{0,12}?)(?:(?<m>\\d{1,2})月(?<d>\\d{1,2})日)?(?<mark>电|讯)(?=[\\s（(]|$)`,
  'u',
);

/** The dateline opening a first paragraph, or undefined. */
export function parseDateline(line: string): Dateline | undefined {
  const m = DATELINE.exec(line);
  if (!m?.groups) return undefined;
  const g = m.groups;
  if (/记者|通讯员/u.test(g.place ?? '')) return undefined;
  let end = m[0].length;
  let reporters: Reporter[] = [];
  const bracket = /^[\s]*[（(]([^）)]{1,80})[）)]/u.exec(line.slice(end));
  if (bracket) {
    const roles: Reporter[] = [];
    if (namesOf(bracket[1] ?? '', roles)) {
      reporters = roles;
      end += bracket[0].length;
    }
  }
  const rest = trimLine(line.slice(end));
  if (rest === '') return undefined;
  return {
    prefix: line.slice(0, end).replace(/[\s]+$/u, ''),
    agency: g.agency ?? '',
    place: g.place ?? '',
    ...(g.m ? { month: Number(g.m), day: Number(g.d) } : {}),
    mark: g.mark === '讯' ? '讯' : '电',
    reporters,
    rest,
  };
}

// `本报记者  某某`, `本报记者某某、某某`, `综合本报记者某某报道`, and glued `本报记者某某` (a bare `记者某某` is a label: 记者手记)
const BYLINE_LINE = new RegExp(
  `^(?:(?:综合)?${AGENCY}?${POSTED}(?:记者|通讯员|评论员)(?:[\\s]+.+|[^\\s]+(?:、.+|报道|整理))|${AGENCY}${POSTED}(?:记者|通讯员|评论员)[${HAN}]{2,4})$`,
  'u',
);
const NAME_SUFFIX = /(?:参与采访整理|参与采写|采访整理|采写|整理|报道|文并图)$/u;
// names first, the role after them: 某某某  本报评论员
const ROLE_AFTER = new RegExp(`[\\s][${HAN}]{0,8}?(?:评论员|记者)$`, 'u');
// labels that put names in brackets: （执笔：某某）; not （作者单位：…）, （数据来源：…）
const NAME_LABEL = /^(?:执笔记者|执笔|参与采写|参与记者|本报记者|记者|作者|采写|撰文|整理)[：:]/u;

/** Names of a name line; a trailing 文 (text by) is the name's only when that reads better. */
function nameLine(line: string): string[] | undefined {
  const stripped = line.replace(NAME_SUFFIX, '');
  const plain = namesOf(stripped);
  const withoutWen = /文$/u.test(stripped) ? namesOf(stripped.slice(0, -1)) : undefined;
  if (withoutWen && (!plain || [...(plain[plain.length - 1] ?? '')].length === 4)) return withoutWen;
  return plain;
}

/** Names in a bracketed credit list, keeping the names among other words: （综合本报记者某、某和新华社记者报道）. */
function listNames(inner: string): string[] | undefined {
  const tokens = inner
    .replace(/[^：:\s、，,；;]{1,6}[：:]/gu, ' ')
    .split(/[\s、，,；;]+|[和及](?=[^\s、，,；;]*(?:记者|新华社|本报|报道))/u)
    .map((t) => t.replace(NAME_SUFFIX, '').replace(/编译$/u, ''));
  const names = tokens.flatMap((t) => namesOf(t) ?? []);
  return names.length >= 1 ? names : undefined;
}

function bylineNames(line: string, last: boolean): string[] | undefined {
  const m = BYLINE_LINE.exec(line);
  if ((m || ROLE_AFTER.test(line)) && line.length <= 60) return nameLine(line);
  // names in brackets, closing an article or each item of a roundup: （某某某）, （本报记者某、某某）, （执笔：某某）, （某某参与采写）
  const paren = /^[（(]([^）)]{2,400})[）)]$/u.exec(line);
  if (paren) {
    const inner = paren[1] ?? '';
    if (/[：:]/u.test(inner) && !NAME_LABEL.test(inner) && !/记者|综合/u.test(inner)) return undefined;
    return namesOf(inner.replace(NAME_LABEL, '').replace(NAME_SUFFIX, ''));
  }
  // names then 整理: 某某  某某整理
  if (/(?:整理|采写)$/u.test(line) && line.length <= 30) return nameLine(line);
  // a bare signature closing the article: names of two or three characters (a place or a slogan is longer)
  if (last && line.length <= 20) {
    const names = namesOf(line);
    return names?.every((n) => [...n].length <= 3) ? names : undefined;
  }
  return undefined;
}

const CREDIT_SEGMENT = new RegExp(
  `(?:${AGENCY}?(?:特约|摄影)?记者)?[\\s]*([${HAN}·\\s]+?)(摄影报道|摄影|摄|供图|图|文|绘|作(?=[（(]))(?=[\\s（(]|$)[\\s]*(?:[（(][^）)]{1,12}[）)])?[\\s]*`,
  'uy',
);

const DESIGN_ROLE = /(?:本版|本期|剧照|资料|采访)?(?:摄影|版式设计|版面设计|设计|制图|绘图|插图|漫画|整理|策划|统筹|图|摄)[：:]/u;
const DESIGN = new RegExp(`^${DESIGN_ROLE.source}`, 'u');

function creditNames(line: string): string[] | undefined {
  if (line.length > 60) return undefined;
  if (/^[（(]?新华社发[）)]?$/u.test(line) || /^[（(][^）)]{0,6}新华社发[）)]$/u.test(line)) return [];
  if (line.startsWith('——')) return undefined;
  if (/^[^\s，。]{2,24}供图$/u.test(line)) return [];
  if (DESIGN.test(line)) {
    // one or more `role：names` credits on a line: 本版摄影：某某  版式设计：某某
    const parts = line.replace(/[（(][^）)]{1,12}[）)]$/u, '').split(DESIGN_ROLE).filter((p) => p.trim() !== '');
    const names = parts.map((p) => namesOf(p));
    return names.every((n) => n !== undefined) ? names.flat() : undefined;
  }
  const names: string[] = [];
  let photo = false;
  CREDIT_SEGMENT.lastIndex = 0;
  let at = 0;
  while (at < line.length) {
    CREDIT_SEGMENT.lastIndex = at;
    const m = CREDIT_SEGMENT.exec(line);
    if (!m) return undefined;
    // 某某供图: an agency or a company, no person
    const got = m[2] === '供图' ? [] : namesOf(m[1] ?? '');
    if (!got) return undefined;
    names.push(...got);
    if (/^[摄图供作]/u.test(m[2] ?? '')) photo = true;
    at = CREDIT_SEGMENT.lastIndex;
  }
  return photo ? names : undefined;
}

/** Names after a closing filing line's 电: `（新华社北京3月2日电  执笔记者：某某、某某；参与采写：某某）`. */
function filingNames(line: string): string[] {
  const after = (/电([^）)]*)[）)]$/u.exec(line)?.[1] ?? '').replace(/[^：:\s、，,；;]{1,6}[：:]/gu, ' ');
  return after.split(/[；;]/u).flatMap((p) => namesOf(p.replace(NAME_SUFFIX, '')) ?? listNames(p) ?? []);
}

const NUMBERED = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十百]+[章节部分篇]|[■●◆▲★□◇○◎]|\d{1,2}[.、．](?!\d))/u;

/**
 * Does the line end as running text ends? A closing quote counts only after a sentence mark, a
 * closing bracket only after one or when the whole line is bracketed (`（作者为…）`): a head may end
 * in a gloss, `某某某“某某”（某某某）`.
 */
function endsSentence(line: string): boolean {
  const gloss = /^(.+?)[（(][^（()）]*[）)]$/u.exec(line);
  if (gloss && !/^[（(]/u.test(line)) return endsSentence(gloss[1] ?? '');
  if (/[。！？…；：，、）)!?;:,.]$/u.test(line)) return true;
  return /[。！？…!?][”’」』]$/u.test(line);
}

function shapeOf(line: string): LineKind {
  const len = line.replace(/\s+/gu, '').length;
  if (NUMBERED.test(line)) return len <= 40 && !line.includes('。') && !endsSentence(line) ? 'subhead' : 'paragraph';
  if (line.includes('。') || endsSentence(line)) return 'paragraph';
  // 31-40 characters without a final mark are as often a bold deck as a running lead: no fair call
  return len <= 30 ? 'subhead' : len <= 40 ? 'note' : 'paragraph';
}

/** Classify an article's body lines. */
export function classifyBody(body: string): TruthLine[] {
  const texts = body.split('\n').map(trimLine).filter((l) => l !== '');
  const credits = texts.map(creditNames);
  const lines: TruthLine[] = texts.map((text, i) => {
    const credit = credits[i];
    if (credit) return { kind: 'credit', text, names: credit };
    // a signature may stand before the closing credits
    const last = credits.slice(i + 1).every((c) => c !== undefined);
    if (/^[（(](?:据)?(?:新华社|本报|人民日报)[^）)]*?电/u.test(text) && /[）)]$/u.test(text)) {
      return { kind: 'note', text, names: filingNames(text) };
    }
    const byline = bylineNames(text, last);
    if (byline) return { kind: 'byline', text, names: byline };
    // a bracketed note that also credits people: （作者为某某，本报记者某某采访整理）
    const credited = /^[（(]([^）)]{2,400})[）)]$/u.exec(text)?.[1];
    if (credited && /记者|综合|执笔|参与/u.test(credited)) {
      const names = listNames(credited);
      if (names) return { kind: 'note', text, names };
    }
    // an attribution or a deck (——某某某), unless it is a list item of running text
    if (text.startsWith('——') && !endsSentence(text)) return { kind: 'note', text, names: [] };
    return { kind: shapeOf(text), text, names: [] };
  });
  // a head introduces text: a short line with no paragraph after it is a signature or a label
  let paragraphAfter = false;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] as TruthLine;
    if (line.kind === 'paragraph') paragraphAfter = true;
    else if (line.kind === 'subhead' && !paragraphAfter) line.kind = 'note';
  }
  // the first paragraph, and any later one that opens a second story printed under the same headline
  for (const line of lines) {
    if (line.kind !== 'paragraph') continue;
    const dateline = parseDateline(line.text);
    if (dateline) {
      line.dateline = dateline;
      line.names = dateline.reporters.map((r) => r.name);
    }
  }
  return lines;
}

export function truthArticle(raw: RawArticle): TruthArticle {
  const lines = classifyBody(raw.body);
  const title = trimLine(raw.title);
  return {
    id: raw.id,
    date: raw.date,
    page: raw.page,
    seq: raw.seq,
    kicker: trimLine(raw.kicker),
    title,
    subtitle: trimLine(raw.subtitle),
    lines,
    raw: { kicker: raw.kicker, title: raw.title, subtitle: raw.subtitle, body: raw.body },
    ad: title === '广告' && lines.length === 0,
    photo: lines.some((l) => l.kind === 'credit' && /摄/u.test(l.text)),
  };
}

/** All names an article credits, in order. */
export function truthNames(article: TruthArticle): string[] {
  return article.lines.flatMap((l) => l.names);
}
