/**
 * `markdown`: a PDF-to-Markdown export, shaped like the seed page. Blocks separated by blank lines,
 * `## ` headlines with the kicker on the line right above, subtitles under the headline with a
 * two-space hard break between decks, a paragraph cut by a blank line wherever a print column
 * ended, a caption ending in its credit (`… 某某 摄`).
 *
 * Variants: `headline` marked (every headline `## `) or unmarked (headlines followed by a dateline
 * and without a kicker printed bare: only the dateline shows they are headlines); `punct` full or
 * half (`，（）：；！？` half-width, as PDF exports often do); `header` none or a page header line;
 * `kicker` adjacent (on the line right above the headline) or block (its own block above it).
 */
import { dateParts, halfWidth } from '../text.ts';
import type { TruthArticle } from '../truth.ts';
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
  subtitleParts,
} from './common.ts';
import type { Rng } from '../prng.ts';

const PUNCT = /[，。、；：！？“”‘’（）《》,.;:!?()]/u;

/** A point inside a sentence where a print column could have ended: between two non-punctuation characters. */
export function columnCut(text: string, rng: Rng, from = 0, to = [...text].length): number | undefined {
  const chars = [...text];
  const lo = Math.max(8, from + 8);
  const hi = to - 8;
  if (hi <= lo) return undefined;
  for (let tries = 0; tries < 8; tries++) {
    const at = rng.int(lo, hi);
    if (!PUNCT.test(chars[at - 1] ?? '') && !PUNCT.test(chars[at] ?? '') && chars[at - 1] !== ' ' && chars[at] !== ' ') return chars.slice(0, at).join('').length;
  }
  return undefined;
}

/** `新华社记者  某某摄` → `新华社记者 某某 摄`: a PDF export sets the credit apart from the caption's last words. */
function creditText(text: string): string {
  return plainSpaces(text).replace(/\s*(摄影报道|摄影|摄)/u, ' $1');
}

export const markdown: Layout = {
  cls: 'markdown',
  render({ pageId, date, page, articles, rng }: PageInput): GeneratedPage {
    const variants = {
      headline: rng.pick(['marked', 'unmarked']),
      punct: rng.pick(['full', 'half']),
      header: rng.pick(['none', 'line']),
      kicker: rng.pick(['adjacent', 'block']),
    };
    const p = (s: string) => (variants.punct === 'half' ? halfWidth(plainSpaces(s)) : plainSpaces(s));
    const out = new PageText();
    const facts: PrintedFacts = {};
    if (variants.header === 'line') {
      const { y, m, d } = dateParts(date);
      out.push(rng.chance(0.5) ? `${y}年${m}月${d}日人民日报 第${page}版` : masthead(date, page));
      Object.assign(facts, { publication: '人民日报', date, number: page });
    }
    const printed: PrintedArticle[] = [];
    const continuations: PlantedContinuation[] = [];
    for (const a of articles) {
      out.separate();
      // the seed has runs of blank lines where the PDF had space between stories
      if (rng.chance(0.15)) out.blank(), out.blank();
      printed.push(renderArticle(a, out, rng, variants, p, continuations, printed.length));
    }
    return {
      cls: 'markdown',
      pageId,
      file: `${pageId}.txt`,
      variants,
      text: out.join(),
      articles: printed,
      facts,
      decoys: {},
      noise: [],
      continuations,
      ambiguous: new Set(),
    };
  },
};

function renderArticle(
  a: TruthArticle,
  out: PageText,
  rng: Rng,
  variants: { headline: string; kicker: string },
  p: (s: string) => string,
  conts: PlantedContinuation[],
  index: number,
): PrintedArticle {
  const rec = new ArticleRecorder(out, a);
  if (a.ad) {
    out.push(a.title);
    return rec.done();
  }
  const hasDateline = a.lines.some((l) => l.dateline);
  const unmarked = variants.headline === 'unmarked' && hasDateline && a.kicker === '' && a.subtitle === '';
  if (a.kicker) {
    out.push(p(a.kicker));
    if (variants.kicker === 'block') out.blank();
  }
  if (a.title) out.push(`${unmarked ? '' : '## '}${p(a.title)}`);
  const decks = subtitleParts(a.subtitle);
  if (decks.length > 0) {
    out.blank();
    decks.forEach((deck, i) => out.push(p(deck) + (i < decks.length - 1 ? '  ' : '')));
  }
  let lastWasCaption = false;
  for (const u of bodyUnits(a, rng)) {
    if (u.kind === 'credit' && lastWasCaption && a.photo) {
      // the credit closes the caption's block: `… 某某 摄`
      const last = out.lines.length - 1;
      out.lines[last] = `${out.lines[last]} ${p(creditText(u.text))}`;
      recordUnit(rec, u, last + 1, conts, index);
      continue;
    }
    out.separate();
    const text = p(u.text);
    // never inside the dateline or a continuation marker: a column that ends there leaves nothing to recognise
    const markerLength = [...(u.marker?.text ?? '')].length;
    const from = (u.index === undefined ? 0 : [...(a.lines[u.index]?.dateline?.prefix ?? '')].length) + (u.marker?.dir === 'from' ? markerLength : 0);
    const to = [...text].length - (u.marker?.dir === 'on' ? markerLength : 0);
    const cut = u.kind === 'paragraph' && rng.chance(0.2) ? columnCut(text, rng, from, to) : undefined;
    const start = out.push(cut === undefined ? text : text.slice(0, cut));
    if (cut !== undefined) {
      out.blank();
      out.push(text.slice(cut));
    }
    recordUnit(rec, u, start, conts, index);
    lastWasCaption = u.kind === 'paragraph';
  }
  return rec.done();
}
