import { columnTagOf } from '../columns/column-tag.ts';
import { runsInto } from './subhead.ts';
import type { Lexicon } from './types.ts';

/**
 * Columns wrap a heading at the text's measure, each part (引题, 主题, 副题) on lines of its own. A
 * part that fills its last line exactly looks like one that wraps on: nothing in the layout shows
 * where it ended. Most full heading lines do wrap on (about nine in ten, over every measure), so a
 * part ends there only where its words say so; measured on real headings wrapped at 10 to 30 em,
 * the cues below are right about eight times in nine.
 */

/** What a headline or an 引题 ends on: the event it reports, or who spoke where (`…时强调`). */
const CLOSING_VERB = /(?:开幕|闭幕|落幕|揭晓|举行|召开|启动|发布|成立|开通|建成|开赛|揭牌|[时上]强调|[时上]指出|[时上]表示|会见|出席|主持|讲话|致辞)$/u;
/** The event such a verb takes as its object (`…共同主持` / `…合作机制会议`): the verb did not end the part. */
const EVENT_OBJECT = /(?:会议|仪式|活动|大会|典礼|开幕式|闭幕式|审议|座谈会|论坛|峰会|年会|研讨班)$/u;
const EVENT_OPENING = /^(?:仪式|大会|会议|活动|典礼)/u;
/** `…成立` / `70周年…`: an anniversary runs on. */
const ANNIVERSARY = /^[\d〇零一二三四五六七八九十]+周年/u;
/** A mark a part does not end on (a clause, a quotation or bracket opened), or one no part opens with. */
const OPEN_END = /[，、；：（“《(]$/u;
const CONTINUING_START = /^[，。、；：！？）》」』”’…·（(]/u;
const DASH_START = /^[—―]/u;
const DASH_END = /[—―]$/u;
const CLAUSE = /[，、；]/u;
const LONG_KICKER = 16;
const TAG_END = /[（(][^（）()]{2,20}[）)]$/u;
/** A series numbers its parts inside the column's tag (`（城市新貌·滨江③）`): the tag is a column's all the same. */
const SERIES_NUMBER = /[①-⑳]+(?=[）)]$)/u;

function balanced(text: string): boolean {
  const count = (pattern: RegExp) => (text.match(pattern) ?? []).length;
  return count(/“/gu) === count(/”/gu) && count(/[（(]/gu) === count(/[）)]/gu) && count(/《/gu) === count(/》/gu);
}

/** Two phrases set apart by a space (`清淤疏浚河道 重现绿水青山`), a column's tag after them or not. */
const PHRASE_PAIR = /^([^\s\u3000，。、；：！？]{3,9})[\s\u3000]+([^\s\u3000，。、；：！？]{3,9})$/u;

/**
 * A 主题 of two phrases of one length: a heading that wrapped into the line would leave its first
 * phrase a fragment, of the second's length only by chance.
 */
function isPhrasePair(lower: string): boolean {
  const pair = PHRASE_PAIR.exec(lower.replace(TAG_END, ''));
  return pair !== null && [...pair[1]!].length === [...pair[2]!].length;
}

/**
 * Whether `lower` (the heading lines after a full one, to the element's end) opens a part of its own
 * after `upper` (the lines up to it, `brokeAtGap` where the last of them ended on a phrase gap): the upper part ends on the event it reports or on who spoke,
 * or it is a long 引题 (of clauses, or of a line's length) over a headline that carries its column's tag.
 */
export function opensHeadingPart(upper: string, lower: string, lexicon?: Lexicon, brokeAtGap = false): boolean {
  if ([...upper].length < 4 || [...lower].length <= 5 || !balanced(upper)) return false;
  if (OPEN_END.test(upper) || CONTINUING_START.test(lower) || DASH_START.test(upper) || DASH_END.test(lower)) return false;
  if (runsInto(upper, lower, lexicon)) return false;
  // After a line that broke at a phrase gap, the pair is more phrases of the same part.
  if (!brokeAtGap && isPhrasePair(lower)) return true;
  if (CLOSING_VERB.test(upper)) return !EVENT_OBJECT.test(lower.replace(TAG_END, '')) && !EVENT_OPENING.test(lower) && !ANNIVERSARY.test(lower);
  const tag = TAG_END.exec(lower);
  if (!tag || columnTagOf(lower.replace(SERIES_NUMBER, '')) === undefined) return false;
  // A headline that carries a tag is short: a 引题 as long as a line of sixteen characters or more is no part of it.
  return (CLAUSE.test(upper) || [...upper].length >= LONG_KICKER) && [...lower.slice(0, tag.index)].length >= 5;
}

/** A label set on a line of its own under a heading (`核心阅读`): no heading wraps onto it. */
const OWN_LINE_LABEL = /^(?:核心阅读|阅读提示|内容提要|编者按|编者的话|开栏的话)$/u;
/** A date or a number printed in brackets under a heading (`（2019年10月27日）`, `（第一号）`): a deck of its own. */
const BRACKETED_DECK = /^[（(][^（）()]*(?:\d{4}年|[〇零一二三四五六七八九十]{4}年|第[〇零一二三四五六七八九十百\d]{1,4}号)[^（）()]*[）)]$/u;

/** A line that stands alone under heading lines, whatever room the line above it left. */
export function standsAlone(text: string): boolean {
  return OWN_LINE_LABEL.test(text) || BRACKETED_DECK.test(text);
}
