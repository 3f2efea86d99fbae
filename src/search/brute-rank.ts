import type { Corpus } from '../contract/bundle.ts';
import { expandTerm } from './expand.ts';
import { articleFields, HEADLINE_ZONE } from './fields.ts';
import { normalizeQuery, normalizeText } from './normalize.ts';
import { buildPinyinTable } from './pinyin.ts';
import { rankByte, scoreOf, scoreOf1 } from './rank.ts';

/**
 * The oracle of the ranking and the facets, for tests: what the index must answer, computed from
 * the articles' text with `indexOf` and the rules of rank.ts, none of the index's machinery
 * (no postings, no segments).
 */

export interface OracleMatch {
  id: string;
  pageId: string;
  date?: string;
  score: number;
}

/** Where each field starts in the index's positions: the headline at 0, the rest past its zone, a gap between fields. */
function fieldStarts(texts: string[]): number[] {
  const starts: number[] = [];
  let pos = 0;
  texts.forEach((t, i) => {
    if (i === 1) pos = Math.max(pos, HEADLINE_ZONE);
    starts.push(pos);
    pos += t.length + 1;
  });
  return starts;
}

/** The rank byte of `term` in an article's normalized fields, or undefined when it does not occur. */
function rankIn(texts: string[], starts: number[], term: string): number | undefined {
  let count = 0;
  let first = -1;
  texts.forEach((t, f) => {
    for (let at = t.indexOf(term); at >= 0; at = t.indexOf(term, at + 1)) {
      if (first < 0) first = starts[f]! + at;
      count++;
    }
  });
  return count === 0 ? undefined : rankByte(count, first);
}

/** Dates newest first, undated last; then ids: the order the ranking breaks ties in. */
function byDateThenId(a: { id: string; date?: string }, b: { id: string; date?: string }): number {
  if (a.date !== b.date) {
    if (a.date === undefined) return 1;
    if (b.date === undefined) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Every match of `query` in rank order: best score, then newer page date, then article id. */
export function bruteForceRanking(corpus: Corpus, query: string): OracleMatch[] {
  const pinyin = buildPinyinTable(corpus.entities);
  const alternatives = normalizeQuery(query).terms.map((t) => expandTerm(t, pinyin));
  if (alternatives.length === 0) return [];
  const dateOf = new Map(corpus.pages.map((p) => [p.id, p.date]));
  const out: OracleMatch[] = [];
  for (const a of corpus.articles) {
    const texts = articleFields(a).map((f) => normalizeText(f.text));
    const starts = fieldStarts(texts);
    const ranks: number[] = [];
    for (const alts of alternatives) {
      let best: number | undefined;
      for (const alt of alts) {
        const r = rankIn(texts, starts, alt);
        if (r !== undefined && (best === undefined || scoreOf1(r) > scoreOf1(best))) best = r;
      }
      if (best === undefined) break;
      ranks.push(best);
    }
    if (ranks.length < alternatives.length) continue;
    const date = dateOf.get(a.pageId);
    out.push({ id: a.id, pageId: a.pageId, ...(date ? { date } : {}), score: scoreOf(ranks) });
  }
  return out.sort((x, y) => y.score - x.score || byDateThenId(x, y));
}

/** The facets of a set of matches, as the engine must count them. */
export function bruteForceFacets(corpus: Corpus, matches: OracleMatch[]) {
  const ids = new Set(matches.map((m) => m.id));
  const pageOrder = [...corpus.pages].sort(byDateThenId);
  const pageCount = new Map<string, number>();
  for (const m of matches) pageCount.set(m.pageId, (pageCount.get(m.pageId) ?? 0) + 1);
  const rank = new Map(pageOrder.map((p, i) => [p.id, i]));
  const pages = [...pageCount]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || rank.get(a.id)! - rank.get(b.id)!)
    .slice(0, 20);
  const dateCount = new Map<string, number>();
  for (const m of matches) if (m.date) dateCount.set(m.date, (dateCount.get(m.date) ?? 0) + 1);
  const dates = [...dateCount].map(([value, count]) => ({ value, count })).sort((a, b) => (a.value < b.value ? 1 : -1));
  const entities = corpus.entities
    .map((e) => ({ e, count: new Set(e.mentions.map((m) => m.articleId).filter((id) => ids.has(id))).size }))
    .filter((x) => x.count > 0)
    .sort((a, b) => b.count - a.count || (a.e.id < b.e.id ? -1 : 1));
  const pick = (kind: string) =>
    entities
      .filter((x) => x.e.kind === kind)
      .slice(0, 20)
      .map((x) => ({ id: x.e.id, name: x.e.name, count: x.count }));
  return { pages, dates, persons: pick('person'), enterprises: pick('enterprise') };
}
