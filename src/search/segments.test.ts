import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Corpus } from '../contract/bundle.ts';
import { decodeSearchEntry } from './entry.ts';
import { planSegments } from './segments.ts';
import { buildStoredSearchIndex } from './stored.ts';
import { article } from './testing.ts';

const day = (i: number) => new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
const editions = (n: number) => Array.from({ length: n }, (_, i) => day(i));
const sizes = (n: number, base?: number) => planSegments(editions(n), base).map((s) => s.editions.length);

describe('segments', () => {
  it('are the digits of the number of editions, newest first, undated last', () => {
    expect(sizes(21)).toEqual([1, 4, 16]);
    expect(sizes(21, 4)).toEqual([1, 4, 16]);
    expect(sizes(7, 4)).toEqual([1, 1, 1, 4]);
    expect(sizes(0)).toEqual([]);
    const plan = planSegments(['undated', day(2), day(0), day(1), day(1)]);
    expect(plan.map((s) => s.key)).toEqual([`${day(2)}_${day(2)}`, `${day(0)}_${day(1)}`, 'undated']);
    expect(plan[1]!.editions).toEqual([day(0), day(1)]);
  });

  it('depend on the editions alone, and a new newest edition changes only the newest segments', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3000 }), fc.constantFrom(2, 3, 4), fc.boolean(), (n, base, undated) => {
        const list = editions(n).concat(undated ? ['undated'] : []);
        const before = planSegments(list, base);
        expect(planSegments([...list].reverse(), base)).toEqual(before);
        expect(before.flatMap((s) => s.editions).length).toBe(list.length);
        const levels = Math.floor(Math.log(n) / Math.log(base) + 1e-9) + 1;
        expect(before.length - (undated ? 1 : 0)).toBeLessThanOrEqual((base - 1) * levels);
        const after = planSegments([...list, day(n)], base);
        const kept = new Set(after.map((s) => s.key));
        const gone = before.filter((s) => !kept.has(s.key));
        // What changed is a run of the newest dated segments; every other segment stays, key and editions.
        expect(before.slice(0, gone.length)).toEqual(gone);
        for (const s of before.slice(gone.length)) expect(after).toContainEqual(s);
      }),
      { numRuns: 300 },
    );
  });
});

/** An archive of `n` daily editions (two pages each) and one undated page; each page's text depends on the page alone. */
function archive(n: number): Corpus {
  const pages = editions(n).flatMap((date, i) =>
    [1, 2].map((number) => ({ id: `d${i}p${number}`, source: `d${i}p${number}.txt`, date, number, articleIds: [] as string[] })),
  );
  const words = ['半导体', '产业', '发展', '研究', '新质生产力', '区委'];
  const all = [...pages, { id: 'u', source: 'u.txt', articleIds: [] as string[] }];
  const articles = all.flatMap((p, i) =>
    [0, 1].map((k) => {
      const id = `${p.id}--${k}`;
      p.articleIds.push(id);
      const seed = p.id === 'u' ? 7 : i;
      return article(id, p.id, { headline: words[(seed + k) % words.length]!, paragraphs: [words.slice(0, 1 + ((seed * 3 + k) % words.length)).join('，')] });
    }),
  );
  const mentions = articles.filter((a) => a.id.endsWith('--0')).map((a) => ({ articleId: a.id, count: 1 }));
  return { pages: all, articles, entities: [{ id: 'person-a', kind: 'person', name: '盛蕾', roles: [], aliases: [], mentions }] };
}

describe('adding an edition', () => {
  it('leaves the files of every older segment byte for byte as they were', () => {
    const files = (n: number) => buildStoredSearchIndex(archive(n), { bucketBytes: 256 }).files;
    const segmentsOf = (f: Map<string, string | Uint8Array>) => decodeSearchEntry(f.get('index.json') as string).segments.map((s) => s.key);
    const before = files(21);
    const after = files(22);
    expect(segmentsOf(before)).toEqual([`${day(20)}_${day(20)}`, `${day(16)}_${day(19)}`, `${day(0)}_${day(15)}`, 'undated']);
    expect(segmentsOf(after)).toEqual([`${day(20)}_${day(21)}`, `${day(16)}_${day(19)}`, `${day(0)}_${day(15)}`, 'undated']);
    const under = (f: Map<string, string | Uint8Array>, key: string) => new Map([...f].filter(([p]) => p.startsWith(`s/${key}/`)));
    for (const key of [`${day(16)}_${day(19)}`, `${day(0)}_${day(15)}`, 'undated']) {
      const a = under(before, key);
      expect(a.size).toBeGreaterThan(3);
      expect(under(after, key)).toEqual(a);
    }
    // Only the newest segment and the entry are new; nothing else of the index changed.
    const changed = [...after].filter(([p, d]) => before.get(p) === undefined || String(before.get(p)) !== String(d)).map(([p]) => p);
    expect(changed.filter((p) => !p.startsWith(`s/${day(20)}_${day(21)}/`))).toEqual(['index.json']);
  });
});
