import { columnTagOf } from '../columns/column-tag.ts';
import { joinLines } from './join.ts';
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

/** What only a story's heading carries, never a section head: a column tag, a 引题's closing or a 副题's opening dash. */
export function looksLikeHeading(text: string): boolean {
  return (COLUMN_TAG.test(text) && !ALL_BRACKETED.test(text)) || CLOSING_DASH.test(text) || OPENING_DASH.test(text);
}

/** A 引题 that reports who spoke, above the headline that says what: `…在座谈会上强调`. */
const SPEECH = /(?:强调|指出|表示|要求|提出|希望|寄语|称|说|透露|认为|呼吁|宣布|倡议|表态|发表[\u4e00-\u9fff]{0,12}(?:文章|讲话|谈话))$/u;
/** 副题 of a meeting report: who attended or spoke. */
const ATTENDANCE = /(?:出席|主持|讲话|致辞|致信|会见|参加|陪同|作报告|发表讲话|宣读|参加审议)(?:并[\u4e00-\u9fff]{1,4})?(?:[\u4e00-\u9fff]{0,4}(?:式|会议?|活动))?$/u;
/** A headline that states the event: `…会议召开`, `…开幕`. */
const EVENT = /(召开|举行|开幕|闭幕|落幕|启动|发布|成立|揭晓|开通|建成|通过|举办|启用|揭牌|开赛|开展)$/u;
const CLAUSE = /[，,、；;]/u;
const DECK_OPENING = /^(?:强调|指出|表示|要求|希望|同意|宣布|呼吁|提出|认为)/u;
const PHRASE_GAP = /\S[\s\u3000]+\S/u;
const DIGIT = /\d/u;

const length = (text: string) => [...text].length;

/**
 * The log-odds that `upper` is the 引题 of `lower` rather than `lower` the 副题 of `upper`: the two
 * readings of two heading lines. Weights fitted on 4,300 two-line headings of real articles (93.7%
 * right on the half held out); every cue is one a reader of Chinese papers would name.
 */
function kickerOdds(upper: string, lower: string): number {
  let odds = 1.6;
  // Decisive, as a 副题 opening with a dash is: a 引题 alone leads on into the headline.
  if (CLOSING_DASH.test(upper)) odds += 5;
  if (OPENING_DASH.test(lower)) odds -= 5.3;
  if (COLUMN_TAG.test(upper)) odds -= 3.1;
  if (COLUMN_TAG.test(lower)) odds += 2.8;
  if (SPEECH.test(upper)) odds += 2.2;
  if (ATTENDANCE.test(lower)) odds -= 2.9;
  if (EVENT.test(upper)) odds -= 1.5;
  if (EVENT.test(lower)) odds -= 0.45;
  if (ALL_BRACKETED.test(lower)) odds -= 2.6;
  odds += ((length(upper) - length(lower)) / 20) * 0.6;
  if (DIGIT.test(lower)) odds -= 1.3;
  if (DIGIT.test(upper)) odds -= 0.4;
  if (CLAUSE.test(lower)) odds -= 0.4;
  if (CLAUSE.test(upper)) odds += 1.5;
  if (length(lower) > 30) odds -= 0.75;
  if (length(upper) > 30) odds -= 0.75;
  if (PHRASE_GAP.test(lower)) odds += 0.6;
  // A 副题 that sums up what was said opens with the verb: `习近平会见…` / `强调…`.
  if (DECK_OPENING.test(lower)) odds -= 2.5;
  return odds;
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
 * The heading of a story from the short elements printed above its body, in order (a headline
 * marked `## ` never comes here: it is certain).
 */
export function resolveHeading(elements: readonly Element[]): Heading {
  const texts = elements.map(elementText);
  if (elements.length > 0 && elements.every((element) => element.slot)) return bySlot(elements, texts);
  // Each pair of neighbours votes: the upper one a 引题 (the headline is further down) or the lower one a 副题.
  const odds = texts.slice(1).map((lower, i) => kickerOdds(texts[i] ?? '', lower));
  // A column's name is printed with the headline and nothing else: where one line carries it, that
  // line is the headline, however many lines stand around it (a long deck under it, a label above).
  const tagged = texts.flatMap((text, i) => (columnTagOf(text) ? [i] : []));
  let best = 0;
  let bestScore = tagged.length === 1 && elements.length >= 2 ? Infinity : -Infinity;
  if (bestScore === Infinity) best = tagged[0]!;
  for (let h = 0; h < elements.length && bestScore !== Infinity; h++) {
    // Three lines are most often 引题, 主题, 副题 in that order.
    const prior = elements.length >= 3 && h === 1 ? 4 : 0;
    const score = prior + odds.reduce((sum, vote, i) => sum + (i < h ? vote : -vote), 0);
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
