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

/** A line that opens on an adverb or a modal has no subject of its own: it goes on from the line above (`将于年底前完工`). */
const SUBJECTLESS = /^(?:将|已|可|拟|或|均|再|又|仍|正在|需|并|还|也|共|累计|同比|预计|有望|开始|首次|今起|明起|即将|进一步)/u;
/** Someone doing what a meeting report's headline says (`某某会见某某`, `某某主持召开…`). */
const ACTOR = /^[\u4e00-\u9fff·]{2,12}?(?:出席|会见|会谈|主持|看望|慰问|讲话|致辞|参加|宣读|通话|接见)/u;
/** A figure in Chinese numerals (`四十余万只`, `三年翻两番`): what `DIGIT` is for Arabic ones. */
const HAN_FIGURE = /[一二三四五六七八九十两百千万亿]+[多余]?(?:万|亿|元|个|起|件|人|次|年|倍|成|项|家|条)/u;
/** A speaker or a source named above what it said (`某某办：`). */
const SPEAKER_COLON = /[：:]$/u;
/** A time frame that the headline under it goes on from (`截至某月底——`, `端午假期前两日`, `…活动开展以来`). */
const TIME_FRAME = /^(?:截至|截止)|(?:期间|以来|前夕|之际|月底|年底|年初|上半年|下半年|前[\d一二三四五六七八九十两]+(?:个?月|日|天|季度))$/u;
/** The number of an announcement or an order under its title (`第十二号`, `〔第三届〕第七号`). */
const ORDINAL_DECK = /第[一二三四五六七八九十百零〇\d]+号/u;

/**
 * The log-odds that `upper` is the 引题 of `lower` rather than `lower` the 副题 of `upper`: the two
 * readings of two heading lines. Weights fitted jointly on 4,321 two-line headings of real articles
 * (94.7% right on each month held out in turn, against 94.0% before the subjectless, actor, parallel,
 * colon, Chinese-figure and ordinal cues); every cue is one a reader of Chinese papers would name.
 */
function kickerOdds(upper: string, lower: string): number {
  let odds = 1.8;
  // Decisive (all 731 of the fitted headings), as a 副题 opening with a dash is: a 引题 alone leads on
  // into the headline. Kept at its weight before the refit, which the fit's shrinkage understates.
  if (CLOSING_DASH.test(upper)) odds += 5;
  if (OPENING_DASH.test(lower)) odds -= 5.8;
  if (COLUMN_TAG.test(upper)) odds -= 3.35;
  if (COLUMN_TAG.test(lower)) odds += 2.9;
  if (SPEECH.test(upper)) odds += 2.9;
  if (ATTENDANCE.test(lower)) odds -= 3.4;
  if (EVENT.test(upper)) odds -= 1.1;
  if (EVENT.test(lower)) odds += 0.2;
  if (ALL_BRACKETED.test(lower)) odds -= 2.7;
  odds += ((length(upper) - length(lower)) / 20) * 0.58;
  if (DIGIT.test(lower)) odds -= 1.4;
  if (DIGIT.test(upper)) odds -= 0.77;
  if (!DIGIT.test(lower) && HAN_FIGURE.test(lower)) odds -= 0.58;
  if (!DIGIT.test(upper) && HAN_FIGURE.test(upper)) odds -= 1.04;
  if (CLAUSE.test(lower)) odds -= 0.24;
  if (CLAUSE.test(upper)) odds += 1.42;
  if (length(lower) > 30) odds -= 0.35;
  if (length(upper) > 30) odds -= 0.64;
  if (PHRASE_GAP.test(lower)) odds += 0.89;
  // A 副题 that sums up what was said opens with the verb: `习近平会见…` / `强调…`.
  if (DECK_OPENING.test(lower)) odds -= 0.71;
  // A 副题 goes on from its headline's subject; a headline under an 引题 has a subject of its own.
  if (SUBJECTLESS.test(lower)) odds -= 1.25;
  // Who did what is the headline; a second actor under it is its 副题.
  if (ACTOR.test(upper)) odds -= 2.03;
  if (ACTOR.test(lower) && !ATTENDANCE.test(lower)) odds -= 1.52;
  // Two reports in parallel (`甲方…致电祝贺` / `乙方…致电祝贺`): the first is the headline.
  if (length(upper) >= 4 && length(lower) >= 4 && upper.slice(-2) === lower.slice(-2)) odds -= 1.18;
  if (SPEAKER_COLON.test(upper)) odds += 1.54;
  if (ORDINAL_DECK.test(lower)) odds -= 1.54;
  // All 16 of the fitted headings whose upper line is a time frame are 引题 over a headline.
  if (TIME_FRAME.test(upper)) odds += 2;
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
    // Three lines are 引题, 主题, 副题 in that order: all 89 three-line headings of the fitted articles
    // are, and a weaker prior let two strong pair votes (a speaker verb, a long line over a short one) override it.
    const prior = elements.length >= 3 && h === 1 ? 6 : 0;
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
