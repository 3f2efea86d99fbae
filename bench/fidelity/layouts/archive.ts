/**
 * `archive`: a transcription in the style of the paper's historical archive. A page title line
 * (`2019年2月1日人民日报 第2版`), an item header before each item (`第2版(要闻)`), a `专栏:…` line
 * where the title carried a column tag, half-width punctuation, paragraphs indented by spaces,
 * datelines in the archive's styles.
 *
 * Variants: `indent` space1 or space2; `blank` blank (a blank line between items) or none (no blank
 * line anywhere); `dateline` bracket, reported or ju (see datelines.ts).
 */
import { dateParts, halfWidth } from '../text.ts';
import {
  ArticleRecorder,
  type GeneratedPage,
  type Layout,
  type PageInput,
  PageText,
  type PlantedContinuation,
  type PrintedArticle,
  bodyUnits,
  columnTag,
  pageName,
  plainSpaces,
  recordUnit,
} from './common.ts';
import { DATELINE_STYLES, restyleDateline } from './datelines.ts';

export const archive: Layout = {
  cls: 'archive',
  render({ pageId, date, page, articles, rng }: PageInput): GeneratedPage {
    const variants = {
      indent: rng.pick(['space1', 'space2']),
      blank: rng.pick(['blank', 'none']),
      dateline: rng.pick(DATELINE_STYLES),
    };
    const indent = variants.indent === 'space1' ? ' ' : '  ';
    const p = (s: string) => halfWidth(plainSpaces(s));
    const out = new PageText();
    const { y, m, d } = dateParts(date);
    const name = pageName(page, rng);
    out.push(`${y}年${m}月${d}日人民日报 第${page}版`);
    const printed: PrintedArticle[] = [];
    const continuations: PlantedContinuation[] = [];
    for (const original of articles) {
      if (variants.blank === 'blank') out.separate();
      let a = restyleDateline(original, variants.dateline);
      out.push(`第${page}版(${name})`);
      const tag = a.ad ? undefined : columnTag(a.title);
      if (tag && rng.chance(0.7)) {
        out.push(`专栏:${tag[1]}`);
        a = { ...a, title: tag[0], column: tag[1] };
      }
      const rec = new ArticleRecorder(out, a);
      for (const head of [a.kicker, a.title, a.subtitle]) if (head) out.push(p(head));
      for (const u of bodyUnits(a, rng)) recordUnit(rec, u, out.push(indent + p(u.text)), continuations, printed.length);
      printed.push(rec.done());
    }
    return {
      cls: 'archive',
      pageId,
      file: `${pageId}.txt`,
      variants,
      text: out.join(),
      articles: printed,
      facts: { publication: '人民日报', date, number: page, name },
      decoys: {},
      noise: [],
      continuations,
      ambiguous: new Set(),
    };
  },
};
