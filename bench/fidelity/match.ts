/** Which parsed item is which truth article, and the texts of an item. */
import type { NormItem } from './adapter.ts';
import type { PrintedArticle } from './layouts/common.ts';
import { ck } from './text.ts';

/** Every text of an item a reader sees. */
export function itemTexts(it: NormItem): string[] {
  return [it.kicker, it.headline, ...it.subheadlines, it.column, it.dateline, ...it.blocks.map((b) => b.text)].filter((t) => t !== '');
}

/**
 * Truth articles to parsed items: by headline first (compact equality), then by how many of the
 * article's paragraph openings an item's body contains.
 */
export function matchArticles(articles: readonly PrintedArticle[], items: readonly NormItem[]): (number | undefined)[] {
  const match: (number | undefined)[] = articles.map(() => undefined);
  const used = new Set<number>();
  articles.forEach((a, ai) => {
    if (a.truth.ad || a.truth.title === '') return;
    const key = ck(a.truth.title);
    const i = items.findIndex((it, j) => !used.has(j) && ck(it.headline) === key);
    if (i >= 0) {
      match[ai] = i;
      used.add(i);
    }
  });
  const bodies = items.map((it) => ck(it.blocks.map((b) => b.text).join('')));
  const candidates: { ai: number; i: number; score: number }[] = [];
  articles.forEach((a, ai) => {
    if (match[ai] !== undefined || a.truth.ad) return;
    const openings = a.truth.lines
      .filter((l) => l.kind === 'paragraph')
      .map((l) => ck(l.dateline ? l.dateline.rest : l.text).slice(0, 10))
      .filter((k) => k.length >= 6);
    bodies.forEach((body, i) => {
      if (used.has(i)) return;
      const score = openings.filter((k) => body.includes(k)).length;
      if (score > 0) candidates.push({ ai, i, score });
    });
  });
  candidates.sort((x, y) => y.score - x.score || x.ai - y.ai || x.i - y.i);
  for (const c of candidates) {
    if (match[c.ai] !== undefined || used.has(c.i)) continue;
    match[c.ai] = c.i;
    used.add(c.i);
  }
  return match;
}


