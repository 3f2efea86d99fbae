import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePage } from './page.ts';
import type { ParsedItem } from './types.ts';
import { bodyTexts, paragraphBlocks } from '../../contract/bundle.ts';

const texts = (item: ParsedItem | undefined) => (item ? bodyTexts(item) : []);

// The first real page: the ground truth the parser was written against.
const SEED = '000_b8044a892ed5c8e9.txt';
const text = readFileSync(new URL(`../../../seeds/${SEED}`, import.meta.url), 'utf8');
const page = parsePage(text, SEED);
const [first, second, third, photo] = page.items;

/** Every piece of text an item carries, as one string. */
function itemText(item: ParsedItem): string {
  const bylines = item.bylines.map((b) => `${b.role ?? ''}${b.name}`).join('');
  return [item.column, item.kicker, item.headline, ...item.subheadlines, item.dateline, bylines, ...texts(item), item.caption].join('');
}
const compact = (s: string) => s.replace(/\s+/gu, '');

describe(`the seed page ${SEED}`, () => {
  it('has exactly four items in print order and no problems', () => {
    expect(page.items.map((item) => [item.kind, item.headline])).toEqual([
      ['article', '盛蕾走访调研我区化合物半导体产业重点企业'],
      ['article', '区委常委会(扩大)会议召开'],
      ['article', '区政府第34次常务会议召开'],
      ['photo', ''],
    ]);
    expect(page.problems).toEqual([]);
    expect(page.facts).toEqual({});
  });

  it('gives the lead story its subheadlines, dateline and two bylines', () => {
    expect(first).toMatchObject({
      subheadlines: ['积极抢占新质生产力新赛道', '壮大高质量发展核心竞争力'],
      dateline: '本报讯',
      bylines: [{ name: '韩晖' }, { name: '黄雅婷', role: '记者' }],
    });
    expect(first?.kicker).toBeUndefined();
    expect(texts(first)).toHaveLength(4);
    expect(texts(first)[0]).toMatch(/^半导体产业是引领/u);
    expect(texts(first)[0]).toContain('优化产业发展生态');
    expect(texts(first)[1]).toContain('给予肯定');
    expect(texts(first)[2]).toContain('软硬件及解决方案');
  });

  it('reads both meeting reports as 记者 朱梦琪, body not starting with the byline', () => {
    for (const item of [second, third]) {
      expect(item?.dateline).toBe('本报讯');
      expect(item?.bylines).toEqual([{ name: '朱梦琪', role: '记者' }]);
      expect(texts(item)[0]).toMatch(/^昨天,/u);
    }
    expect(texts(second)).toContain('要大力弘扬科学精神、创新精神,着力强化教育对科技人才的支撑作用,积极探索创新人才培养模式,深入实施教育强区战略,全力擦亮“吾有优学”武进教育品牌,办好人民满意的教育,为武进高质量发展增添新动能。');
    expect(texts(second).at(-1)).toBe('会议还研究了其他事项。');
  });

  it('keeps the third story’s repeated closing formula once, at its end', () => {
    expect(texts(third).filter((p) => p === '会议还研究了其他事项。')).toHaveLength(1);
    expect(texts(third).at(-1)).toBe('会议还研究了其他事项。');
    expect(texts(third).some((p) => p.startsWith('要不断巩固整改成效,进一步剖析问题根源'))).toBe(true);
    expect(texts(third)).toHaveLength(5);
  });

  it('makes the caption a photo item with its credit and its column label', () => {
    expect(photo).toMatchObject({ kind: 'photo', column: '重点项目进行时', bylines: [{ name: '徐晶玮', role: '摄影' }] });
    expect(photo?.caption).toMatch(/^市重大项目今创新能源项目位于武进国家高新区.*新增纳税5亿元\/年。$/u);
  });

  it('loses not one sentence of the page', () => {
    const output = compact(page.items.map(itemText).join(''));
    const sentences = text
      .replace(/^## /gmu, '')
      .split(/\n\s*\n/u)
      .flatMap((block) => compact(block).split(/(?<=[。！？])/u))
      .map((sentence) => sentence.replace(/^本报讯\([^)]*\)/u, '').replace(/徐晶玮摄$/u, ''))
      .filter((sentence) => sentence.length > 0);
    expect(sentences.length).toBeGreaterThan(40);
    // A sentence the print column cut is checked as its two fragments, each inside the rejoined text.
    expect(sentences.filter((sentence) => !output.includes(sentence))).toEqual([]);
    expect(output).toContain('本报讯韩晖记者黄雅婷');
  });
});
