import type { Byline } from '../../contract/bundle.ts';
import { isPersonName } from './names.ts';

/**
 * Role words printed before names in bylines, longest first so `本报记者` wins over `记者`.
 * The `本报` prefix says whose reporter it is, not what the person did, so it is dropped from the role.
 */
const ROLE_WORDS = [
  '本报特约记者', '本报见习记者', '本报实习记者', '本报首席记者', '本报摄影记者', '本报记者', '本报通讯员',
  '特约记者', '见习记者', '实习记者', '首席记者', '摄影记者', '融媒体记者', '记者', '通讯员', '实习生', '特约撰稿', '摄影', '摄像', '编辑', '撰稿',
];
/** Roles printed after a name with a slash (`朱梦琪/文`) or before it (`文/朱梦琪`). */
const SLASH_ROLES = new Set(['文', '图', '摄', '摄影', '文图', '图文', '视频']);

function roleOf(word: string): string {
  return word.startsWith('本报') ? word.slice(2) : word;
}

/**
 * Reads a byline list such as `韩晖 记者 黄雅婷`, `记者王强、刘洋` or `朱梦琪/文 徐晶玮/图`.
 * A role applies to the names after it until the next role. Returns undefined unless every
 * token is a role or a name: a bracket holding anything else is body text, not a byline.
 */
export function parseBylineList(text: string): Byline[] | undefined {
  const tokens = text.trim().split(/[\s、，,]+/u).filter(Boolean);
  if (tokens.length === 0) return undefined;
  const bylines: Byline[] = [];
  let role: string | undefined;
  for (const token of tokens) {
    const slash = token.split(/[/／]/u);
    if (slash.length === 2) {
      const [left = '', right = ''] = slash;
      if (SLASH_ROLES.has(right) && isPersonName(left)) bylines.push({ name: left, role: right });
      else if (SLASH_ROLES.has(left) && isPersonName(right)) bylines.push({ name: right, role: left });
      else return undefined;
      continue;
    }
    const roleWord = ROLE_WORDS.find((word) => token.startsWith(word));
    const name = roleWord ? token.slice(roleWord.length) : token;
    if (roleWord) role = roleOf(roleWord);
    if (name === '') continue;
    if (!isPersonName(name)) return undefined;
    bylines.push(role ? { name, role } : { name });
  }
  return bylines.length > 0 ? bylines : undefined;
}

const AGENCY =
  '(?:本报|新华社|中新社|中国新闻社|人民日报|人民网|新华网|中新网|央视网|央广网|[\\u4e00-\\u9fff]{2,6}(?:日报|晚报|报社|通讯社|新闻网))';
/** `本报讯`, `本报南京3月8日讯`, `据新华社北京3月5日电`, `新华社上海十日电`: agency, place and date, then 讯 or 电. */
const DATELINE = new RegExp(`^(据)?(${AGENCY}[\\u4e00-\\u9fff\\d]{0,14}?[讯电])`, 'u');
const BRACKETED_DATELINE = new RegExp(`^【(${AGENCY}[\\u4e00-\\u9fff\\d]{0,14}?[讯电])】`, 'u');
const BRACKETED = /^\s*[(（]([^()（）]{1,40})[)）]/u;
/** `记者李明报道:` after a dateline: a byline list closed by 报道 and/or a colon. */
const REPORTED_BY = /^\s*([^:：。，,]{2,40}?)(?:报道)?[:：]/u;

export interface DatelineStart {
  dateline: string;
  bylines: Byline[];
  /** The body text after the dateline and its bylines. */
  rest: string;
}

/** Reads a dateline and the bylines printed with it at the start of a paragraph. */
export function parseDatelineStart(paragraph: string): DatelineStart | undefined {
  const bracketed = BRACKETED_DATELINE.exec(paragraph);
  const plain = bracketed ? undefined : DATELINE.exec(paragraph);
  const match = bracketed ?? plain;
  if (!match) return undefined;
  const dateline = bracketed ? (bracketed[1] ?? '') : `${plain?.[1] ?? ''}${plain?.[2] ?? ''}`;
  let rest = paragraph.slice(match[0].length);
  let bylines: Byline[] = [];

  const inBrackets = BRACKETED.exec(rest);
  const listInBrackets = inBrackets ? parseBylineList(inBrackets[1] ?? '') : undefined;
  if (inBrackets && listInBrackets) {
    bylines = listInBrackets;
    rest = rest.slice(inBrackets[0].length);
  } else {
    const reported = REPORTED_BY.exec(rest);
    const list = reported ? parseBylineList(reported[1] ?? '') : undefined;
    if (reported && list && list.some((b) => b.role)) {
      bylines = list;
      rest = rest.slice(reported[0].length);
    }
  }
  return { dateline, bylines, rest: rest.replace(/^[\s:：]+/u, '') };
}

/** A block that is only a byline: `本报记者 陈静 王磊`, `朱梦琪/文`, `通讯员 张华 记者 李明`. */
export function parseBylineLine(text: string): Byline[] | undefined {
  if ([...text].length > 40) return undefined;
  const bylines = parseBylineList(text);
  // Bare names on a line could be anything (a list of winners); a byline line names a role.
  return bylines?.every((b) => b.role) ? bylines : undefined;
}

/** `……工作。(李华)`: a byline in brackets closing an article's last paragraph. */
export function splitTrailingByline(paragraph: string): { text: string; bylines: Byline[] } | undefined {
  const match = /[(（]([^()（）]{2,30})[)）]$/u.exec(paragraph);
  if (!match) return undefined;
  const before = paragraph.slice(0, match.index).trimEnd();
  if (!/[。！？!?”]$/u.test(before)) return undefined;
  const bylines = parseBylineList(match[1] ?? '');
  return bylines ? { text: before, bylines } : undefined;
}

/**
 * `… 徐晶玮 摄`, `…(记者 陈静 摄)`, `… 本报记者 王磊/摄`: a photo caption's credit at the end of a block.
 * The role is stored as 摄影 however the paper abbreviated it.
 */
export function splitPhotoCredit(text: string): { caption: string; bylines: Byline[] } | undefined {
  const asPhotographers = (bylines: Byline[]) => bylines.map((b) => ({ name: b.name, role: '摄影' }));
  const bracketed = /[(（]([^()（）]{2,30}?)\s*[/／]?\s*摄影?[)）]$/u.exec(text);
  if (bracketed) {
    const caption = text.slice(0, bracketed.index).trimEnd();
    const names = parseBylineList(bracketed[1] ?? '');
    if (caption && names) return { caption, bylines: asPhotographers(names) };
  }
  const credit = /[\s\u3000]*[/／]?\s*摄影?$/u.exec(text);
  if (!credit || credit[0].length === 0) return undefined;
  const tokens = text.slice(0, credit.index).split(/([\s\u3000]+)/u);
  // The credit is the longest run of trailing words that reads as names and roles (`记者 陈静`).
  for (let words = Math.min(4, Math.floor(tokens.length / 2)); words >= 1; words--) {
    const cut = tokens.length - (words * 2 - 1);
    const names = parseBylineList(tokens.slice(cut).join(''));
    const caption = tokens.slice(0, cut).join('').trimEnd();
    if (names && caption) return { caption, bylines: asPhotographers(names) };
  }
  return undefined;
}
