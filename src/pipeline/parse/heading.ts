import { joinLines } from './blocks.ts';
import type { Element } from './elements.ts';

/**
 * 引题, 主题, 副题: which of the short lines printed above a story is its headline. Print sets them
 * apart by size, which plain text loses, so each choice is scored from what the text keeps: a dash
 * opening a 副题 (`——访…`) or closing an 引题, a column tag closing a headline (`（人民时评）`), a date
 * deck in brackets, the leaders a meeting report names under its headline (`李强出席`).
 */
export interface Heading {
  kicker?: string;
  headline: string;
  subheadlines: string[];
  /** The role each element took, in order: `kicker`, `headline` or `subheadline`. */
  roles: ('kicker' | 'headline' | 'subheadline')[];
}

const OPENING_DASH = /^[—―-]{1,2}/u;
const CLOSING_DASH = /[—―]{1,2}$/u;
/** `（人民时评）`, `(钟声)`, `（“十四五”的发展镜头）`: a column's name printed after the headline. */
const COLUMN_TAG = /.[(（][^()（）]{1,16}[)）]$/u;
const ALL_BRACKETED = /^[(（][^()（）]+[)）]$/u;
/** 副题 of a meeting report: who attended or spoke. */
const ATTENDANCE = /(出席|主持|讲话|致辞|致信|会见|参加|陪同|出席并讲话|主持会议|作报告|发表讲话|宣读)$/u;
/** A headline that states the event: `…会议召开`, `…开幕`. */
const EVENT = /(召开|举行|开幕|闭幕|落幕|启动|发布|成立|揭晓|开通|建成|通过|举办|启用)$/u;
const SENTENCE_MARK = /[。！？!?]/u;

const length = (text: string) => [...text].length;

function asHeadline(text: string): number {
  let score = 0;
  if (COLUMN_TAG.test(text) && !ALL_BRACKETED.test(text)) score += 3;
  if (OPENING_DASH.test(text) || CLOSING_DASH.test(text)) score -= 4;
  if (ALL_BRACKETED.test(text)) score -= 4;
  if (ATTENDANCE.test(text)) score -= 1.5;
  if (EVENT.test(text)) score += 1;
  if (SENTENCE_MARK.test(text)) score -= 1.5;
  if (length(text) > 40) score -= 1.5;
  return score;
}

function asKicker(text: string): number {
  let score = 0;
  if (CLOSING_DASH.test(text)) score += 3;
  if (OPENING_DASH.test(text) || ALL_BRACKETED.test(text)) score -= 3;
  if (ATTENDANCE.test(text)) score -= 1;
  return score;
}

function asSubheadline(text: string): number {
  let score = 0;
  if (OPENING_DASH.test(text) || ALL_BRACKETED.test(text)) score += 3;
  if (CLOSING_DASH.test(text)) score -= 3;
  if (ATTENDANCE.test(text)) score += 1.5;
  return score;
}

/** How often each arrangement is printed: a lone 引题 is about twice as common as a lone 副题. */
function prior(headlineAt: number, count: number): number {
  if (count === 2) return headlineAt === 1 ? 0.7 : 0;
  if (count >= 3) return headlineAt === 1 ? 1.5 : 0;
  return 0;
}

const elementText = (element: Element) => joinLines(element.parts);

/** A crawler file's heading lines, read by their places. */
function bySlot(elements: readonly Element[], texts: readonly string[]): Heading {
  const at = (slot: string) => texts.filter((_, i) => elements[i]?.slot === slot);
  const kicker = at('kicker').join(' ');
  return {
    ...(kicker ? { kicker } : {}),
    headline: at('headline').join(' '),
    subheadlines: at('subheadline'),
    roles: elements.map((element) => element.slot ?? 'headline'),
  };
}

/**
 * The heading of a story from the short elements printed above its body, in order. `markedAt` is
 * the element the page marked as the headline (`## `), which is then certain.
 */
export function resolveHeading(elements: readonly Element[], markedAt?: number): Heading {
  const texts = elements.map(elementText);
  if (elements.length > 0 && elements.every((element) => element.slot)) return bySlot(elements, texts);
  let best = 0;
  let bestScore = -Infinity;
  for (let h = 0; h < elements.length; h++) {
    if (markedAt !== undefined && h !== markedAt) continue;
    let score = prior(h, elements.length) + asHeadline(texts[h] ?? '');
    for (let i = 0; i < h; i++) score += asKicker(texts[i] ?? '');
    for (let i = h + 1; i < elements.length; i++) score += asSubheadline(texts[i] ?? '');
    if (score > bestScore) {
      best = h;
      bestScore = score;
    }
  }
  const before = texts.slice(0, best);
  return {
    ...(before.length > 0 ? { kicker: before.join(' ') } : {}),
    headline: texts[best] ?? '',
    // A block of two lines under a headline is two 副题 (Markdown keeps each on its own line).
    subheadlines: elements.slice(best + 1).flatMap((element) => element.parts),
    roles: elements.map((_, i) => (i < best ? 'kicker' : i === best ? 'headline' : 'subheadline')),
  };
}
