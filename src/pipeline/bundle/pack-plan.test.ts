import { describe, expect, it } from 'vitest';
import { bundlePaths } from '../../contract/bundle.ts';
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
