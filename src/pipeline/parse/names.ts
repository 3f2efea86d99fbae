import { COMPOUND_SURNAMES, SURNAMES } from '../lexicon/surnames.ts';

/**
 * Whether a short string can be a personal name as printed in a byline or credit.
 *
 * Three strengths, for the three kinds of evidence bylines give. A name standing alone in a
 * bracket (`（李华）`) has nothing but itself to go on, so it needs a known surname: that is what
 * keeps `(试行)` and `(扩大)` out. A name run together with its role word (`记者暨明远`) is likely a
 * name, but `记者点评` is a column: rarer surnames and minority names pass, other words do not.
 * Where the print sets a name apart as one, any short run of characters that is not a word is.
 */

const HAN = /^[\u3400-\u9fff]+$/u;
/** Names written with a middle dot between transliterated parts: `阿依古丽·买买提`. */
const DOTTED = /^[\u3400-\u9fff]{1,8}(?:[·・•‧][\u3400-\u9fff]{1,8})+$/u;

/**
 * Surnames the shared lexicon leaves out because in running text they are mostly words (于 'at',
 * 原 'former', 和 'and', 花 'flower'); after a role word they are surnames. Found in 人民日报 bylines.
 */
const SURNAMES_AFTER_ROLE = new Set([...'于原和花巨暨莽富洪银颉智萧哈云']);

/**
 * How the names of Tibetan, Uyghur and Kazakh reporters begin (扎西, 次仁, 阿尔曼江, 买买提):
 * they have no surname, and may run to four characters.
 */
const UNSURNAMED_STARTS = new Set([...'扎次阿琼买艾热古吐努多格巴达旺尼索拉帕迪依央洛曲普加']);

/**
 * Words that stand in the places names stand (`（记者手记）`, `摄（人民视觉）`, `（试行）`) and
 * would otherwise pass: bracket notes, column tags and photo agencies.
 */
const NOT_NAMES = new Set([
  '试行', '扩大', '草案', '续完', '待续', '未完', '全文', '原文', '原题', '节选', '摘要', '附件', '注释', '图表',
  '手记', '观察', '调查', '感言', '日记', '随笔', '札记', '走笔', '视点', '评论', '时评', '快评', '短评', '漫谈', '特写',
  '人民视觉', '影像中国', '视觉中国', '新华社', '新华社发', '资料照片', '资料图片', '图片', '照片', '视频', '供图',
  '本报', '本版', '本刊', '编者', '编者按', '编后', '记者', '通讯员', '摄影', '制图', '整理', '报道', '综合',
  '上图', '下图', '左图', '右图', '题图', '组图', '图为', '小贴士', '链接', '延伸阅读', '相关报道', '发现', '获悉', '了解',
]);

/**
 * Characters that do not occur in a name but do in the phrases that follow `记者` in running
 * text (`记者进行了调查`, `记者从交通运输部获悉`).
 */
const NON_NAME_CHARS = new Set([...'的了在是就对从向把被为与及等说将并而这那之其获悉据称示进行到看问道他她们']);

const first = (text: string) => text[0] ?? '';

/** A name that needs no context: a known surname with one or two given characters, or a compound surname. */
export function isPersonName(text: string): boolean {
  if (NOT_NAMES.has(text)) return false;
  if (DOTTED.test(text)) return true;
  if (!HAN.test(text)) return false;
  const length = [...text].length;
  if (COMPOUND_SURNAMES.startsAt(text, 0) && text.length >= 3) return length <= 4;
  return length >= 2 && length <= 3 && SURNAMES.has(first(text));
}

/**
 * A name printed right after a role word, or in a list with names that need no context:
 * the surnames of running text's words count too (于洋, 原晓辉), and so do the given names of
 * minority reporters (扎西, 阿尔曼江), but not a phrase of running text (`记者获悉`).
 */
export function isNameAfterRole(text: string): boolean {
  if (isPersonName(text)) return true;
  if (NOT_NAMES.has(text) || !HAN.test(text) || [...text].some((char) => NON_NAME_CHARS.has(char))) return false;
  const length = [...text].length;
  if (UNSURNAMED_STARTS.has(first(text))) return length >= 2 && length <= 4;
  return length >= 2 && length <= 3 && SURNAMES_AFTER_ROLE.has(first(text));
}

/**
 * A name where the print leaves no doubt that a name stands: set apart from its role word
 * (`记者  云立新`), before a role it did (`计明摄`, `靖伟参与采写`), after a colon role, in a
 * dateline's brackets. Any two or three Han characters will do there — the shared surname list
 * cannot be complete (云, 萧, 哈 …) — unless they are a known word or a phrase of running text.
 */
export function isNameInByline(text: string): boolean {
  if (isNameAfterRole(text)) return true;
  if (NOT_NAMES.has(text) || !HAN.test(text) || [...text].some((char) => NON_NAME_CHARS.has(char))) return false;
  const length = [...text].length;
  return length >= 2 && length <= 3;
}
