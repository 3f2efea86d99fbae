import { describe, expect, it } from 'vitest';
import { HEADLINE_ZONE } from './fields.ts';
import { forEachIndexedUnit } from './indexed-units.ts';
import { forEachNormalizedUnit } from './normalize.ts';
import { occurrences } from './match.ts';
import { whenNormalizable } from './normalize-on-demand.ts';

describe('indexed units', () => {
  it('number the headline from 0, the other fields from the headline zone, with a gap between fields', () => {
    const seen: [string, number][] = [];
    forEachIndexedUnit(forEachNormalizedUnit, ['标题', '正文一', '二'], (unit, p) => seen.push([String.fromCharCode(unit), p]));
    expect(seen).toEqual([
      ['标', 0],
      ['题', 1],
      ['正', HEADLINE_ZONE],
      ['文', HEADLINE_ZONE + 1],
      ['一', HEADLINE_ZONE + 2],
      ['二', HEADLINE_ZONE + 4],
    ]);
  });

  it('are normalized as the index is (width, case, traditional, whitespace dropped)', () => {
    const units: string[] = [];
    forEachIndexedUnit(forEachNormalizedUnit, ['發展 ＡＢ'], (unit) => units.push(String.fromCharCode(unit)));
    expect(units.join('')).toBe('发展ab');
  });
});

describe('occurrences of a term in a fragment’s texts', () => {
  it('count overlapping occurrences and give the first position', () => {
    expect(occurrences(['哈哈哈'], '哈哈')).toEqual({ count: 2, first: 0 });
    expect(occurrences(['无关', '前面哈哈'], '哈哈')).toEqual({ count: 1, first: HEADLINE_ZONE + 2 });
  });

  it('never match across two fields', () => {
    expect(occurrences(['半导', '体产业'], '半导体')).toEqual({ count: 0, first: -1 });
    expect(occurrences(['题', '半导', '体'], '导体')).toEqual({ count: 0, first: -1 });
  });

  it('match the printed form whatever its width or script, once the 繁简 table the text needs has come', async () => {
    expect(() => occurrences(['區委會議'], '区委')).toThrow(/繁简 table/u);
    await whenNormalizable(['區委會議']);
    expect(occurrences(['區委會議'], '区委')).toEqual({ count: 1, first: 0 });
  });
});
