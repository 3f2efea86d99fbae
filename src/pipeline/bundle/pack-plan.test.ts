import { describe, expect, it } from 'vitest';
import { bundlePaths, type Corpus, type Entity, type Page } from '../../contract/bundle.ts';
import { bundleFiles, compileCorpus, type SeedInput } from '../compile.ts';
import { packPlan } from './pack-plan.ts';

const seed = (file: string, date: string, page: number, headline: string): SeedInput => ({
  file: `${file}.txt`,
  text: `## ${headline}\n\n本报讯(记者 王小明) ${headline}，市民前来参观。`,
  meta: { file: `${file}.meta.json`, json: { date, page } },
});

const { corpus } = compileCorpus([seed('a1', '2024-10-30', 1, '新桥通车'), seed('a2', '2024-10-30', 2, '书屋揭牌'), seed('b1', '2024-10-31', 1, '秋收开始')]);
const files = bundleFiles(corpus);
const plan = packPlan(corpus, files)!;

describe('packPlan', () => {
  it('puts an edition and its pages in one group, the edition’s file first, then page by page', () => {
    const [first, second] = corpus.pages.filter((page) => page.date === '2024-10-30');
    const group = plan(bundlePaths.edition('2024-10-30'))!.group;
    for (const page of [first!, second!]) expect(plan(bundlePaths.page(page.id))!.group).toBe(group);
    const other = corpus.pages.find((page) => page.date === '2024-10-31')!;
    expect(plan(bundlePaths.page(other.id))!.group).not.toBe(group);
    const order = (path: string) => plan(path)!.order;
    const orders = [bundlePaths.edition('2024-10-30'), bundlePaths.page(first!.id), bundlePaths.page(second!.id)].map(order);
    expect([...orders].sort()).toEqual(orders);
  });

  it('groups entities, and leaves the manifest, the years and the index entry alone', () => {
    const entity = corpus.entities[0]!;
    expect(plan(bundlePaths.entity(entity.id))!.group).toMatch(/^entities:/u);
    expect(plan(bundlePaths.manifest)).toBeUndefined();
    expect(plan('years/2024.json')).toBeUndefined();
    expect(plan('search/index.json')).toBeUndefined();
  });

  it('packs entities so that a new edition rewrites the runs of the names it prints, not every run', () => {
    const day = (i: number) => `2024-10-${String(i + 1).padStart(2, '0')}`;
    const page = (i: number): Page => ({ id: `d${i}`, date: day(i), number: 1, source: `d${i}.txt`, articleIds: [`d${i}--a`] }) as Page;
    const person = (id: string, days: number[]): Entity => ({ id, kind: 'person', name: id, roles: [], aliases: [], mentions: days.map((i) => ({ articleId: `d${i}--a`, count: 1 })) });
    const archive = (days: number, extra: (i: number) => number[]): Corpus => {
      const entities = [
        ...Array.from({ length: 5 }, (_, h) => person(`hot-${h}`, Array.from({ length: days }, (_, i) => i))),
        ...Array.from({ length: days * 30 }, (_, n) => person(`p-${n}`, [Math.floor(n / 30), ...extra(n)].filter((i) => i < days))),
      ];
      return { pages: Array.from({ length: days }, (_, i) => page(i)), articles: [], entities };
    };
    // Three older names printed again on day 21.
    const again = (n: number) => (n === 7 || n === 250 || n === 444 ? [20] : []);
    const runsOf = (corpus: Corpus) => {
      const files = new Map(corpus.entities.map((e) => [bundlePaths.entity(e.id), JSON.stringify(e).padEnd(1000 + e.mentions.length * 40)]));
      const plan = packPlan(corpus, files, 16 * 1024)!;
      const runs = new Map<string, string[]>();
      for (const [path, data] of files) {
        const group = plan(path)!.group;
        runs.set(group, [...(runs.get(group) ?? []), `${path}:${data.length}`]);
      }
      return [...runs.values()].map((members) => members.sort().join());
    };
    const before = runsOf(archive(20, again));
    const after = runsOf(archive(21, again));
    const changed = after.filter((run) => !before.includes(run));
    expect(before.length).toBeGreaterThan(30);
    // The new names' runs, the everyday names' run, and each name printed again: its old run and its new one.
    expect(changed.length).toBeLessThanOrEqual(2 + 1 + 3 * 2);
    const hot = after.filter((run) => run.includes('hot-'));
    expect(hot).toHaveLength(1);
    expect(hot[0]!.split(',').every((member) => member.includes('hot-'))).toBe(true);
  });

  it('puts the index’s files in ranged packs by folder, in numeric order, whatever folder a segment gives them', () => {
    expect(plan('search/b/3.bin')).toMatchObject({ group: 'search:search/b', ranged: true });
    expect(plan('search/s/x/t/1.json')).toMatchObject({ group: 'search:search/s/x/t', ranged: true });
    const order = (path: string) => plan(path)!.order;
    expect(order('search/t/9.json') < order('search/t/a.json')).toBe(true);
    expect(order('search/t/z.json') < order('search/t/10.json')).toBe(true);
  });

  it('packs nothing with a target of 0', () => {
    expect(packPlan(corpus, files, 0)).toBeUndefined();
  });
});
