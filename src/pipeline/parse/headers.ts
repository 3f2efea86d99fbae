import type { PageFacts } from '../../contract/bundle.ts';

export type Header =
  | { kind: 'page'; facts: PageFacts }
  | { kind: 'column'; column: string };

const CHINESE_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** `12`, `十二`, `二十三` as a number; undefined for anything else. */
function readNumber(text: string): number | undefined {
  if (/^\d+$/u.test(text)) return Number(text);
  if (!/^[〇零一二三四五六七八九十]+$/u.test(text)) return undefined;
  const [tens, ones] = text.includes('十') ? text.split('十') : ['', text];
  const tensValue = tens === '' ? (text.includes('十') ? 1 : 0) : CHINESE_DIGITS[tens ?? ''];
  const onesValue = ones === '' ? 0 : CHINESE_DIGITS[ones ?? ''];
  if (tensValue === undefined || onesValue === undefined) return undefined;
  return tensValue * 10 + onesValue;
}

function isoDate(year: string, month: string, day: string): string | undefined {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const PAGE_LABEL = /第([\d〇零一二三四五六七八九十]{1,3})版\s*(?:[:：]\s*|[(（]\s*)?([\u4e00-\u9fffA-Za-z·]{1,12})?[)）]?/u;
/** `2023年3月8日新华日报 第3版`, `2023年3月8日 星期三 武进日报 第1版 要闻`. */
const DATED_HEADER = new RegExp(
  `^(\\d{4})年(\\d{1,2})月(\\d{1,2})日\\s*(?:(?:星期|周)[一二三四五六日天])?\\s*([\\u4e00-\\u9fff]{2,12}?)?\\s*(?:${PAGE_LABEL.source})?$`,
  'u',
);
/** `第4版(经济)`, `第1版：要闻`, `第 2 版`. */
const PAGE_ONLY = new RegExp(`^${PAGE_LABEL.source}$`, 'u');
/** `专栏:一线调查`, `栏目：重点项目进行时`. */
const COLUMN = /^(?:专栏|栏目)\s*[:：]\s*(\S.{0,20})$/u;

/** Reads a block that states page facts or labels the next item; undefined for anything else. */
export function parseHeader(text: string): Header | undefined {
  const compact = text.replace(/(第)\s+(\S+)\s+(版)/u, '$1$2$3').trim();
  const dated = DATED_HEADER.exec(compact);
  if (dated) {
    const [, year = '', month = '', day = '', publication, pageNumber, pageName] = dated;
    const date = isoDate(year, month, day);
    if (!date) return undefined;
    const facts: PageFacts = { date };
    if (publication) facts.publication = publication;
    const number = pageNumber ? readNumber(pageNumber) : undefined;
    if (number) facts.number = number;
    if (pageName) facts.name = pageName;
    return { kind: 'page', facts };
  }
  const page = PAGE_ONLY.exec(compact);
  if (page) {
    const number = readNumber(page[1] ?? '');
    if (!number) return undefined;
    const facts: PageFacts = { number };
    if (page[2]) facts.name = page[2];
    return { kind: 'page', facts };
  }
  const column = COLUMN.exec(compact);
  if (column) return { kind: 'column', column: column[1]?.trim() ?? '' };
  return undefined;
}
