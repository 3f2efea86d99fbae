/**
 * The pages the labels were made on and the gold articles, rebuilt as ENTITIES.md says they were
 * chosen, each laid out as a seed-format page for the real pipeline.
 */
import { type CorpusPage, groupPages } from '../fidelity/load.ts';
import type { GoldArticle, RawArticle } from './load.ts';

/** One page the benchmark compiles: its seed file, the sidecar's facts and the corpus articles on it. */
export interface BenchPage {
  /** `2019-02-01-p04` for a labelled page, the article id for a gold one. */
  key: string;
  /** The seed file's name; the pipeline derives its page id from it. */
  file: string;
  date: string;
  page: number;
  articles: RawArticle[];
  text: string;
}

/** A body's printed lines, the e-paper's U+3000 indent removed; an NBSP is printed text and stays. */
export function bodyLines(body: string): string[] {
  return body
    .split('\n')
    .map((line) => line.replace(/^\u3000+/u, ''))
    .filter((line) => line !== '');
}

/** An article in the seed's Markdown: 引题 right above the `## ` headline, 副题 right under it, paragraphs between blank lines. */
function articleBlock(a: RawArticle): string {
  const heading = [a.kicker, a.title === '' ? '' : `## ${a.title}`, a.subtitle].filter((line) => line !== '');
  return [heading.join('\n'), ...bodyLines(a.body)].filter((block) => block !== '').join('\n\n');
}

export function pageText(articles: readonly RawArticle[]): string {
  return `${articles.map(articleBlock).join('\n\n')}\n`;
}

/** What an article printed, one field or body line a line: where excerpts are looked for. */
export function printedText(a: RawArticle): string {
  return [a.kicker, a.title, a.subtitle, ...bodyLines(a.body)].filter((line) => line !== '').join('\n');
}

const FIRST = 3;
const STEP = 7;
const LABELLED = 150;

function benchPage(p: CorpusPage): BenchPage {
  return { key: p.id, file: `${p.id}.txt`, date: p.date, page: p.page, articles: p.articles, text: pageText(p.articles) };
}

/**
 * The 150 labelled pages: the sorted `date-page` keys, every 7th from index 3. ENTITIES.md leaves
 * two things unsaid that the labels themselves show (each label's context is found on exactly
 * these pages): a page that printed no body line at all (advertising, a headline alone) has no
 * key, and the list stops after 150 of the 311 keys the grid reaches.
 */
export function labelledPages(articles: readonly RawArticle[]): BenchPage[] {
  const keyed = groupPages(articles).filter((p) => p.articles.some((a) => bodyLines(a.body).length > 0));
  return keyed.filter((_, i) => i >= FIRST && (i - FIRST) % STEP === 0).slice(0, LABELLED).map(benchPage);
}

const GOLD_FIRST = 100;
const GOLD_STEP = 250;
const GOLD_COUNT = 40;
const GOLD_MIN_BODY = 300;

/** The ids ENTITIES.md's rule picks (index 100 + 250·k of the sorted ids, moved on past short bodies), to check the gold file against. */
export function goldGrid(articles: readonly RawArticle[]): string[] {
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ids: string[] = [];
  for (let k = 0; k < GOLD_COUNT; k++) {
    let i = GOLD_FIRST + GOLD_STEP * k;
    while (i < sorted.length - 1 && [...(sorted[i]?.body ?? '')].length < GOLD_MIN_BODY) i++;
    const a = sorted[i];
    if (a) ids.push(a.id);
  }
  return ids;
}

/**
 * Each gold article alone on a page of its own, with its page's date and number: every item the
 * parser makes of that page is then that article, however it splits it, and no other story's
 * names can be counted in it.
 */
export function goldPages(articles: readonly RawArticle[], gold: readonly GoldArticle[]): { pages: BenchPage[]; missing: string[] } {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const pages: BenchPage[] = [];
  const missing: string[] = [];
  for (const g of gold) {
    const a = byId.get(g.id);
    if (!a) missing.push(g.id);
    else pages.push({ key: a.id, file: `${a.id}.txt`, date: a.date, page: a.page, articles: [a], text: pageText([a]) });
  }
  return { pages, missing };
}
