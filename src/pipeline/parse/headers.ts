import type { PageFacts } from '../../contract/bundle.ts';

// ---------------------------------------------------------------------------------------------
// Numbers and dates as printed

const DIGIT_VALUE: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** `二`, `十`, `十二`, `二十`, `二十三`: the numerals a 版次 is printed in, up to 九十九. */
const CHINESE_NUMERAL = /^(?:(?<tens>[一二三四五六七八九]?)十)?(?<ones>[一二三四五六七八九]?)$/u;

/** Full-width digits and letters as ASCII, every kind of space as one: old GBK pages print `第０１版`. */
function foldWidth(text: string): string {
  return text
    .replace(/[０-９Ａ-Ｚａ-ｚ]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\s/gu, ' ');
}

/** A page number as printed (`04`, `４`, `二`, `十二`); undefined for zero or anything else. */
export function readPageNumber(text: string): number | undefined {
  const digits = foldWidth(text);
  if (/^\d+$/u.test(digits)) return Number(digits) > 0 ? Number(digits) : undefined;
  const numeral = text === '' ? null : CHINESE_NUMERAL.exec(text);
  if (!numeral) return undefined;
  const { tens, ones = '' } = numeral.groups ?? {};
  const tensValue = tens === undefined ? 0 : tens === '' ? 1 : (DIGIT_VALUE[tens] ?? 0);
  return tensValue * 10 + (DIGIT_VALUE[ones] ?? 0);
}

/** `YYYY-MM-DD`, or undefined for a day the calendar does not have (2月30日). */
function isoDate(year: string, month: string, day: string): string | undefined {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------------------------
// parseHeaderLine: a header line read piece by piece

export type HeaderLine = { kind: 'page'; facts: PageFacts; strength: HeaderStrength } | { kind: 'column'; column: string };

/**
 * How much a header line is to be believed. `masthead`: names the paper and/or the date together with
 * the page, or the paper with the date (`人民日报 2019年2月1日 第01版`); `page`: the page number and name
 * only (`第A02版：要闻`); `date`: a date alone (`2019年2月1日 星期五`); `crawl`: a date or time a crawler or
 * site added (ISO timestamps, `抓取时间：…`, `发布时间：…`).
 */
export type HeaderStrength = 'masthead' | 'page' | 'date' | 'crawl';

/** Header lines are short; a longer line is running text even when it starts with a date. */
const MAX_HEADER_LENGTH = 40;

const HAN = '\\u4e00-\\u9fff';
/** What may stand between the pieces of a header: spaces, bars, slashes, brackets, dashes. */
const SEPARATOR_CHARS = '\\s|｜/·•()（）【】\\[\\]—–-';
const SEPARATOR = new RegExp(`[${SEPARATOR_CHARS}]+`, 'uy');
/** A 版名: `要闻`, `国际`, `经济·产业`. */
const PAGE_NAME = `[${HAN}·]{1,10}`;
/** Words printed after a 版次 that name the page's staff, not the page: `一版责编：…`. */
const NOT_A_PAGE_NAME = /^(?:责编|责任编辑|编辑|美编|校对|制图|版式|摄影|记者)/u;
/** Newspaper titles end like this; a bare run of characters without it is a publication only between a date and a page. */
const PAPER_TITLE_END = /(?:报|刊|周末|消息)$/u;

/** The facts a header line has stated so far, and what its wording says about them. */
interface Reading {
  facts: PageFacts;
  /** Pieces already read: a line that states the date or the page twice is not one header. */
  seen: Set<string>;
  datePrinted: boolean;
  pagePrinted: boolean;
  /** A crawl label or a time of day: the date is the crawler's or the site's, not the paper's. */
  crawl: boolean;
  /** A publication printed without 《》, which is only believed where the rest of the line is a masthead. */
  bareTitle: boolean;
}

type Groups = Record<string, string | undefined>;

interface Piece {
  /** Pieces with the same key state the same fact and may not repeat. */
  key: string;
  /** Sticky, so it matches exactly where the previous piece ended. */
  pattern: RegExp;
  /** Records the piece; false when it turns out not to be a header piece after all. */
  read(groups: Groups, into: Reading): boolean;
}

function readDate(groups: Groups, into: Reading): boolean {
  into.datePrinted = true;
  // an impossible date is printed furniture all the same: the line stays a header, without a date
  const date = isoDate(groups.year ?? '', groups.month ?? '', groups.day ?? '');
  if (date) into.facts.date = date;
  return true;
}

function readPage(groups: Groups, into: Reading): boolean {
  const { section, number: printed = '', name = groups.bracketed } = groups;
  const number = readPageNumber(printed);
  // a section letter only stands before Arabic numbers (`第A02版`), never before `二`
  if (number === undefined || (section && !/^\d+$/u.test(printed))) return false;
  if (name && NOT_A_PAGE_NAME.test(name)) return false;
  into.pagePrinted = true;
  into.facts.number = number;
  if (section) into.facts.section = section;
  if (name) into.facts.name = name;
  return true;
}

/** Tried in this order wherever a piece may start; the first that matches is taken. */
const PIECES: readonly Piece[] = [
  {
    key: 'crawl-label',
    pattern: /(?:抓取|采集|爬取|下载|发布|更新|保存|生成|入库)(?:时间|日期)\s*[:：]?/uy,
    read: (_, into) => ((into.crawl = true), true),
  },
  { key: 'date-label', pattern: /(?:出版)?日期\s*[:：]/uy, read: () => true },
  {
    key: 'date',
    pattern: /(?<year>(?:1[89]|2[01])\d\d)\s*年\s*(?<month>\d{1,2})\s*月\s*(?<day>\d{1,2})\s*[日号]/uy,
    read: readDate,
  },
  {
    key: 'date',
    pattern: /(?<year>(?:1[89]|2[01])\d\d)(?<sep>[-/.])(?<month>\d{1,2})\k<sep>(?<day>\d{1,2})(?!\d)/uy,
    read: readDate,
  },
  {
    key: 'time',
    pattern: /T?\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?(?!\d)/uy,
    read: (_, into) => ((into.crawl = true), true),
  },
  { key: 'weekday', pattern: /(?:星期|礼拜|周)[一二三四五六日天]/uy, read: () => true },
  {
    key: 'lunar',
    pattern: /农历[甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥鼠牛虎兔龙蛇马羊猴鸡狗猪年月日初一二三四五六七八九十廿卅正腊冬闰]{2,14}/uy,
    read: () => true,
  },
  {
    key: 'page',
    pattern: new RegExp(
      `(?:当前版面?\\s*[:：]\\s*)?(?:第\\s*)?(?<section>[A-Z])?\\s*(?<number>\\d{1,3}|[一二三四五六七八九十]{1,3})\\s*版` +
        `(?:\\s*[(（]\\s*(?<bracketed>${PAGE_NAME})\\s*[)）]|(?:\\s*[:：|｜]\\s*|\\s+)(?<name>${PAGE_NAME}))?` +
        // `第2版面世` is a headline: a 版 glued to more characters is a word, not a header
        `(?![${HAN}])`,
      'uy',
    ),
    read: readPage,
  },
  {
    key: 'page',
    pattern: new RegExp(`版次\\s*[:：]\\s*(?<section>[A-Z])?(?<number>\\d{1,3})\\s*版?(?![${HAN}\\d])`, 'uy'),
    read: readPage,
  },
  {
    key: 'page-name',
    pattern: new RegExp(`版名\\s*[:：]\\s*(?<name>${PAGE_NAME})`, 'uy'),
    read: ({ name }, into) => {
      if (!name || NOT_A_PAGE_NAME.test(name)) return false;
      into.facts.name = name;
      return true;
    },
  },
  {
    key: 'publication',
    // a bare title ends where a separator, a date or a 第 begins: `人民日报2019年…`, `人民日报第01版`
    pattern: new RegExp(`《(?<quoted>[^《》\\s]{2,16})》|(?<bare>[${HAN}]{2,12}?)(?=[${SEPARATOR_CHARS}]|\\d|第|$)`, 'uy'),
    read: ({ quoted, bare }, into) => {
      into.facts.publication = quoted ?? bare;
      into.bareTitle = quoted === undefined;
      return true;
    },
  },
];

function readPieces(text: string): Reading | undefined {
  const reading: Reading = { facts: {}, seen: new Set(), datePrinted: false, pagePrinted: false, crawl: false, bareTitle: false };
  let at = 0;
  while (at < text.length) {
    SEPARATOR.lastIndex = at;
    if (SEPARATOR.test(text)) {
      at = SEPARATOR.lastIndex;
      continue;
    }
    let matched = false;
    for (const piece of PIECES) {
      piece.pattern.lastIndex = at;
      const match = piece.pattern.exec(text);
      if (!match || match[0] === '') continue;
      if (reading.seen.has(piece.key) || !piece.read(match.groups ?? {}, reading)) return undefined;
      reading.seen.add(piece.key);
      at = piece.pattern.lastIndex;
      matched = true;
      break;
    }
    if (!matched) return undefined;
  }
  return reading;
}

function strengthOf(reading: Reading): HeaderStrength {
  if (reading.crawl) return 'crawl';
  const titled = reading.facts.publication !== undefined;
  if (reading.pagePrinted && (titled || reading.datePrinted)) return 'masthead';
  if (titled && reading.datePrinted) return 'masthead';
  return reading.pagePrinted ? 'page' : 'date';
}

const OPENING_BRACKET = /^[(（【\[]/u;

/** `专栏:一线调查`, `栏目：重点项目进行时`. */
const COLUMN = /^(?:专栏|栏目)\s*[:：]\s*(?<column>\S.{0,20})$/u;

/**
 * Reads one line that states page facts (a masthead, a 版次 with its 版名, a date, a crawler's timestamp)
 * or labels the next item (`专栏:…`); undefined for anything else, running text and PDF page counts
 * (`第 5 页`) included.
 */
export function parseHeaderLine(line: string): HeaderLine | undefined {
  const trimmed = line.trim();
  if (trimmed === '' || trimmed.length > MAX_HEADER_LENGTH) return undefined;
  const column = COLUMN.exec(trimmed);
  if (column) return { kind: 'column', column: column.groups?.column?.trim() ?? '' };
  const reading = readPieces(foldWidth(trimmed));
  if (!reading || (!reading.datePrinted && !reading.pagePrinted)) return undefined;
  // `讲话全文见` before `第三版` reads as a title; only a masthead's shape or a paper's name vouches for one
  if (reading.bareTitle && !(reading.datePrinted && reading.pagePrinted) && !PAPER_TITLE_END.test(reading.facts.publication ?? '')) {
    return undefined;
  }
  // `（2019年10月1日）` alone is the date a speech was given or a document signed, printed under its headline
  if (OPENING_BRACKET.test(trimmed) && !reading.pagePrinted && reading.facts.publication === undefined) return undefined;
  if (reading.facts.date === undefined && reading.facts.number === undefined) return undefined;
  return { kind: 'page', facts: reading.facts, strength: strengthOf(reading) };
}

// ---------------------------------------------------------------------------------------------
// pageFactsFrom: the page's facts from all its header lines

const STRENGTH_RANK: Record<HeaderStrength, number> = { crawl: 0, date: 1, page: 2, masthead: 3 };

type PageHeader = { line: number; facts: PageFacts; rank: number };

/** The line that states a fact with the most authority: the strongest, and among equals the later one. */
function bestStating(headers: readonly PageHeader[], states: (facts: PageFacts) => boolean): PageHeader | undefined {
  let best: PageHeader | undefined;
  for (const header of headers) {
    if (states(header.facts) && (!best || header.rank >= best.rank)) best = header;
  }
  return best;
}

/**
 * The facts of a page from the header lines found in its first lines (with their 1-based line numbers):
 * the printed date wins over a crawl date; stronger forms win; among equals the later line wins (sites
 * print today's date above the paper's). Each fact is taken from the strongest line stating it; the section
 * letter only from a line that agrees on the page number.
 */
export function pageFactsFrom(headers: readonly { line: number; header: HeaderLine }[]): PageFacts {
  const pages: PageHeader[] = [];
  for (const { line, header } of headers) {
    if (header.kind === 'page') pages.push({ line, facts: header.facts, rank: STRENGTH_RANK[header.strength] });
  }
  pages.sort((a, b) => a.line - b.line);
  const facts: PageFacts = {};
  const publication = bestStating(pages, (f) => f.publication !== undefined)?.facts.publication;
  const date = bestStating(pages, (f) => f.date !== undefined)?.facts.date;
  const number = bestStating(pages, (f) => f.number !== undefined)?.facts.number;
  const section = bestStating(pages, (f) => f.section !== undefined && (f.number === undefined || f.number === number))?.facts.section;
  const name = bestStating(pages, (f) => f.name !== undefined)?.facts.name;
  if (publication !== undefined) facts.publication = publication;
  if (date !== undefined) facts.date = date;
  if (number !== undefined) facts.number = number;
  if (section !== undefined) facts.section = section;
  if (name !== undefined) facts.name = name;
  return facts;
}
