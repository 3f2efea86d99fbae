/**
 * The continuation exercise: a long article of an edition is split over two of its pages, as the
 * paper does with a front-page story. Its first half stays on page M and ends `（下转第N版）`; the
 * second half, under the same headline, opens page N's list or closes it and starts `（上接第M版）`.
 */
import type { Rng } from '../prng.ts';
import type { TruthArticle } from '../truth.ts';

export interface EditionPage {
  pageId: string;
  page: number;
  articles: TruthArticle[];
}

const paragraphCount = (a: TruthArticle) => a.lines.filter((l) => l.kind === 'paragraph').length;

/**
 * Splits at most one article of the edition (with probability `chance`). `eligible` says which
 * pages may hold the first half. Returns the pages whose article lists changed.
 */
export function plantContinuation(edition: readonly EditionPage[], eligible: (pageId: string) => boolean, rng: Rng, chance = 0.6): Map<string, TruthArticle[]> {
  const changed = new Map<string, TruthArticle[]>();
  if (!rng.chance(chance)) return changed;
  const sorted = [...edition].sort((x, y) => x.page - y.page);
  const sources: { from: EditionPage; to: EditionPage; index: number }[] = [];
  sorted.forEach((from, k) => {
    const to = sorted[k + 1 + Math.floor(rng.next() * Math.min(3, sorted.length - k - 1))];
    if (!to || !eligible(from.pageId)) return;
    // the corpus prints some long texts on two pages already; a half that repeats text on its new page is no test
    const there = new Set(to.articles.flatMap((a) => [a.title, ...a.lines.map((l) => l.text)]));
    from.articles.forEach((a, index) => {
      if (a.ad || a.title === '' || paragraphCount(a) < 6 || there.has(a.title) || a.lines.some((l) => there.has(l.text))) return;
      sources.push({ from, to, index });
    });
  });
  if (sources.length === 0) return changed;
  const { from, to, index } = rng.pick(sources);
  const a = from.articles[index] as TruthArticle;
  const paragraphs = a.lines.map((l, i) => (l.kind === 'paragraph' ? i : -1)).filter((i) => i > 0);
  const cut = paragraphs[Math.floor(paragraphs.length * (0.35 + 0.3 * rng.next()))] ?? paragraphs[0] ?? 1;
  const first: TruthArticle = { ...a, lines: a.lines.slice(0, cut), continuedOn: to.page, photo: false };
  const second: TruthArticle = {
    ...a,
    id: `${a.id}#2`,
    page: to.page,
    kicker: '',
    subtitle: '',
    lines: a.lines.slice(cut),
    continuedFrom: from.page,
  };
  changed.set(from.pageId, from.articles.map((x, i) => (i === index ? first : x)));
  changed.set(to.pageId, rng.chance(0.5) ? [second, ...to.articles] : [...to.articles, second]);
  return changed;
}
