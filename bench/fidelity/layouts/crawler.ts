/**
 * `crawler`: one article per file as the e-paper crawler wrote it: CRLF line ends, three heading
 * lines (kicker, title, subtitle; an empty line when absent), then the body lines exactly as the
 * site printed them (U+3000 indents, NBSP padding). Besides these generated files the benchmark
 * runs the real crawler files found beside the corpus (variant `source=as-found`).
 */
import { ArticleRecorder, type GeneratedPage, type Layout, type PageInput, PageText } from './common.ts';
import type { TruthArticle } from '../truth.ts';
import { trimLine } from '../text.ts';

/** `rmrb-20190201-01-02` → `20190201-01-02.txt`, the crawler's own file name. */
export function crawlerFileName(id: string): string {
  return `${id.replace(/^rmrb-/u, '')}.txt`;
}

/** The crawler file of one article, with every truth line's position. */
export function crawlerPage(a: TruthArticle, source: 'generated' | 'as-found', text?: string): GeneratedPage {
  const out = new PageText();
  const rec = new ArticleRecorder(out, a);
  out.push(a.raw.kicker);
  out.push(a.raw.title);
  out.push(a.raw.subtitle);
  let next = 0;
  for (const line of a.raw.body.split('\n')) {
    const n = out.push(line);
    if (trimLine(line) !== '' && next < a.lines.length) rec.mark(next++, n);
  }
  // the body already ends in a line break, so the join adds none
  const generated = out.lines.join('\r\n');
  return {
    cls: 'crawler',
    pageId: a.id,
    file: crawlerFileName(a.id),
    variants: { source },
    text: text ?? generated,
    articles: [rec.done()],
    facts: {},
    decoys: {},
    noise: [],
    continuations: [],
    ambiguous: new Set(),
  };
}

export const crawler: Layout = {
  cls: 'crawler',
  render({ articles }: PageInput): GeneratedPage {
    const a = articles[0];
    if (!a || articles.length !== 1) throw new Error('a crawler file holds exactly one article');
    return crawlerPage(a, 'generated');
  },
};
