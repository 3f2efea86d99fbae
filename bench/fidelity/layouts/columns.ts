/**
 * `columns`: pdftotext of print columns. Every line is hard-wrapped at a fixed measure (a
 * full-width character is one em, a half-width one half), headlines too; running heads or page
 * footers interrupt the text every few lines, in the middle of a sentence if that is where they
 * fall.
 *
 * Variants: `width` (the measure, 10–30 em, reported in buckets); `indent` ideographic (paragraphs
 * open with U+3000 U+3000), spaces (four spaces, as `pdftotext -layout` keeps the indent) or
 * dropped (what `pdftotext` without `-layout` prints: the indent's whitespace is gone but the first
 * line still stops two em short of the measure, as in every paragraph of the real 人民日报 PDF in
 * `../shared/corpora/rmrb-pdf-2025-10-20/`; where the paragraph before ends exactly at the measure
 * and the first line ends a sentence, nothing shows the end, and the benchmark counts such ends as
 * `ambiguous`); `heads` page-footer (`第 5 页`) or running-head (the masthead);
 * `marker` (`《人民日报》（2019年2月1日 第 01 版）` under each headline) or none; `blank` between
 * articles or none.
 */
import { charWidth, dateParts, pad2 } from '../text.ts';
import {
  ArticleRecorder,
  type GeneratedPage,
  type Layout,
  type PageInput,
  PageText,
  type PlantedContinuation,
  type PrintedArticle,
  type PrintedFacts,
  bodyUnits,
  masthead,
  plainSpaces,
  recordUnit,
} from './common.ts';

/** Marks a typesetter never puts at the start of a line: they hang at the end of the line before. */
const NO_LINE_START = /[，。、；：！？）》」』”’…—,.;:!?)]/u;

/** Lines of `text` at a measure of `width` em; `indent` opens the first line. */
export function wrap(text: string, width: number, indent = ''): { lines: string[]; lastWidth: number } {
  const lines: string[] = [];
  let line = indent;
  let w = [...indent].reduce((s, c) => s + charWidth(c), 0);
  for (const c of text) {
    const cw = charWidth(c);
    if (w + cw > width && line.trim() !== '' && !NO_LINE_START.test(c)) {
      lines.push(line);
      line = '';
      w = 0;
    }
    // a space falling at a line's start is not printed: no printed line opens with one (a space
    // there would read as a paragraph's indent, which the real output never shows mid-paragraph)
    if (line === '' && /\s/u.test(c)) continue;
    line += c;
    w += cw;
  }
  if (line.trim() !== '') lines.push(line);
  return { lines, lastWidth: w };
}

export function widthBucket(width: number): string {
  return width < 15 ? '10-14' : width < 20 ? '15-19' : width < 25 ? '20-24' : '25-30';
}

const INDENTS = { ideographic: '\u3000\u3000', spaces: '    ', dropped: '\u3000\u3000' } as const;
const SENTENCE_END = /[。！？!?…；;：:][”’」』）)]*$/u;

export const columns: Layout = {
  cls: 'columns',
  render({ pageId, date, page, articles, rng }: PageInput): GeneratedPage {
    const width = rng.int(10, 30);
    const variants = {
      width: widthBucket(width),
      indent: rng.pick(['ideographic', 'spaces', 'dropped'] as const),
      heads: rng.pick(['page-footer', 'running-head']),
      marker: rng.pick(['marker', 'none']),
      blank: rng.pick(['blank', 'none']),
    };
    const indent = INDENTS[variants.indent];
    const out = new PageText();
    const noise: string[] = [];
    const facts: PrintedFacts = {};
    const every = rng.int(20, 50);
    let pdfPage = rng.int(1, 200);
    const head = masthead(date, page);
    out.interrupt = (text) => {
      if (text.contentLines % every !== 0) return;
      const lines = variants.heads === 'page-footer' ? [`第 ${pdfPage++} 页`, ''] : [head];
      noise.push(...lines.filter((l) => l !== ''));
      text.pushRaw(...lines);
    };
    if (variants.heads === 'running-head') {
      out.pushRaw(head);
      noise.push(head);
      Object.assign(facts, { publication: '人民日报', date, number: page });
    }
    const { y, m, d } = dateParts(date);
    const marker = `《人民日报》（${y}年${m}月${d}日 第 ${pad2(page)} 版）`;

    const printed: PrintedArticle[] = [];
    const continuations: PlantedContinuation[] = [];
    const ambiguous = new Set<string>();
    for (const a of articles) {
      if (variants.blank === 'blank') out.separate();
      const rec = new ArticleRecorder(out, a);
      for (const headText of [a.kicker, a.title, a.subtitle]) {
        if (headText) for (const l of wrap(plainSpaces(headText), width).lines) out.push(l);
      }
      if (variants.marker === 'marker' && !a.ad) {
        out.push(marker);
        // only a printed marker states the facts (an ad page prints none)
        Object.assign(facts, { publication: '人民日报', date, number: page });
        if (!noise.includes(marker)) noise.push(marker);
      }
      const units = bodyUnits(a, rng);
      units.forEach((u, k) => {
        const isParagraph = u.kind === 'paragraph';
        const wrapped = wrap(plainSpaces(u.text), width, isParagraph ? indent : '');
        // the indent took its room on the line, but extraction printed no whitespace for it
        if (variants.indent === 'dropped' && isParagraph) wrapped.lines[0] = (wrapped.lines[0] ?? '').replace(/^\u3000+/u, '');
        let start = 0;
        wrapped.lines.forEach((l, j) => {
          const n = out.push(l);
          if (j === 0) start = n;
        });
        recordUnit(rec, u, start, continuations, printed.length);
        // nothing marks this end: a full line, then a first line two em short that could as well
        // be this paragraph's last, as it ends a sentence
        if (variants.indent === 'dropped' && isParagraph && wrapped.lastWidth > width - 1 && u.index !== undefined) {
          const next = units[k + 1];
          const nextFirst = next?.kind === 'paragraph' ? wrap(plainSpaces(next.text), width, indent).lines[0] ?? '' : '';
          if (SENTENCE_END.test(nextFirst)) ambiguous.add(`${printed.length}:${u.index}`);
        }
      });
      printed.push(rec.done());
    }
    return {
      cls: 'columns',
      pageId,
      file: `${pageId}.txt`,
      variants,
      text: out.join(),
      articles: printed,
      facts,
      decoys: {},
      noise,
      continuations,
      ambiguous,
    };
  },
};
